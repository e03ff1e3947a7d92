/** Sectors. */

/** Every sector by name; the tree is read through the parent and children relations. */
export const ALL_SECTORS = `
MATCH (m:Sector)
RETURN m {.*, labels: labels(m)} AS node
ORDER BY m.name, m.id`;
