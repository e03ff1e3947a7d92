// What the API filters and sorts on.
CREATE INDEX cluster_name IF NOT EXISTS FOR (n:Cluster) ON (n.name);
CREATE INDEX cluster_country IF NOT EXISTS FOR (n:Cluster) ON (n.countryCode);
CREATE INDEX cluster_kind IF NOT EXISTS FOR (n:Cluster) ON (n.kind);
CREATE INDEX agreement_year IF NOT EXISTS FOR (n:Agreement) ON (n.year);
CREATE INDEX agreement_status IF NOT EXISTS FOR (n:Agreement) ON (n.status);
CREATE INDEX agreement_kind IF NOT EXISTS FOR (n:Agreement) ON (n.kind);
CREATE INDEX mission_year IF NOT EXISTS FOR (n:Mission) ON (n.year);
CREATE INDEX mission_status IF NOT EXISTS FOR (n:Mission) ON (n.status);
CREATE INDEX region_country IF NOT EXISTS FOR (n:Region) ON (n.countryCode);
CREATE INDEX country_eu IF NOT EXISTS FOR (n:Country) ON (n.eu);
