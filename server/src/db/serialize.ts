import neo4j from 'neo4j-driver';

/**
 * Turns driver values into plain JavaScript: integers into numbers, temporal values into ISO
 * strings, nodes and relationships into their properties. The only place that knows these types.
 *
 * Rows are mostly strings, numbers, lists and maps (a 1,500-element network is ~20,000 values):
 * those take the fast path; only class instances go through the driver's type checks. Lists and
 * maps are converted where they are, not copied: a record's values were decoded for its reader
 * alone, and a copy of each doubled what a page of 50 clusters allocated.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      return Number(value);
    case 'object':
      break;
    default:
      return value;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype === Object.prototype || prototype === null) {
    const map = value as Record<string, unknown>;
    for (const key in map) if (Object.hasOwn(map, key)) map[key] = toPlain(map[key]);
    return map;
  }
  return fromDriverType(value);
}

/** A copy of an object's own properties, each made plain. */
function plainObject(value: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const key in value) {
    if (Object.hasOwn(value, key)) plain[key] = toPlain(value[key]);
  }
  return plain;
}

/** A class instance: one of the driver's types, or (never from a record) some other object. */
function fromDriverType(value: object): unknown {
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  return plainObject(value as Record<string, unknown>);
}
