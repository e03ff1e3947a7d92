// Search over names, acronyms and aliases, case- and accent-insensitive ("Aero Montreal" finds
// "Aéro Montréal"): the standard-folding analyzer folds diacritics. aliasText joins the aliases.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Cluster|Region|Country|Sector|Agreement|Mission|Partnership|Event)
ON EACH [n.name, n.acronym, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } };
