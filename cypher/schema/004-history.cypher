// Named editors, the history of changes, and what keeps concurrent writes apart (issue 10).
CREATE CONSTRAINT editor_name IF NOT EXISTS FOR (n:Editor) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT editor_key IF NOT EXISTS FOR (n:Editor) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_entity IF NOT EXISTS FOR (n:Change) ON (n.entityId, n.at);
CREATE INDEX change_by IF NOT EXISTS FOR (n:Change) ON (n.by, n.at);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
// A retried write (same Idempotency-Key) finds the first one's result here.
CREATE CONSTRAINT idempotency_key IF NOT EXISTS FOR (n:IdempotencyKey) REQUIRE n.key IS UNIQUE;
// Keys expire after a day (IDEMPOTENCY_TTL): the prune finds the old ones by age.
CREATE INDEX idempotency_created IF NOT EXISTS FOR (n:IdempotencyKey) ON (n.createdAt);
// One node per lock name: a write MERGEs and sets it to queue behind others holding it.
CREATE CONSTRAINT write_lock_name IF NOT EXISTS FOR (n:WriteLock) REQUIRE n.name IS UNIQUE;
// Source reuse: a new source with the URL, or the title and publisher, of a stored one is that one.
CREATE INDEX source_url IF NOT EXISTS FOR (n:Source) ON (n.url);
CREATE INDEX source_title IF NOT EXISTS FOR (n:Source) ON (n.title);
