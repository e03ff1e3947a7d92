/** The named editors: one :Editor node each, keyed by name, found by its token's public key. */

/** $name, $key, $salt, $hash: a new editor; the name's uniqueness constraint refuses a second one. */
export const CREATE_EDITOR = `
CREATE (e:Editor {name: $name, key: $key, salt: $salt, hash: $hash, createdAt: datetime()})
RETURN e.name AS name`;

/** Every editor, revoked ones included, by name. */
export const LIST_EDITORS = `
MATCH (e:Editor)
RETURN e.name AS name, toString(e.createdAt) AS createdAt, toString(e.revokedAt) AS revokedAt
ORDER BY e.name`;

/** $name: revokes the editor (kept, so its changes still name it); returns nothing when unknown. */
export const REVOKE_EDITOR = `
MATCH (e:Editor {name: $name})
SET e.revokedAt = coalesce(e.revokedAt, datetime())
RETURN e.name AS name`;

/** $key: the editor a token's key names, unless revoked. */
export const EDITOR_BY_KEY = `
MATCH (e:Editor {key: $key}) WHERE e.revokedAt IS NULL
RETURN e.name AS name, e.salt AS salt, e.hash AS hash`;
