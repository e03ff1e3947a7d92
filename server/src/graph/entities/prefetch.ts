import { nodeProjection, type EntityLabel } from './labels.js';
import { RELATIONS, relationCypher, type Relation } from './queries.js';

/**
 * Reading ahead: the relations a query will ask for below an entity (and below those), fetched
 * in the statement that reads the entity itself, as nested COLLECT subqueries. The rows prime the
 * relation loader, so field resolvers find them there and the operation costs one round trip
 * instead of one per level. What the plan leaves out still goes through the loader.
 */

/** Which relations to read below an entity, each with what to read below its targets. */
export type RelationPlan = ReadonlyMap<Relation, RelationPlan>;

/**
 * Per label, the only properties the operation reads of nodes of that label anywhere (absent: all
 * of them). It must hold for the whole operation, not one branch: the loader caches by relation
 * and id, so a node read ahead for one field is what every other field finds.
 */
export type SelectedProperties = ReadonlyMap<EntityLabel, ReadonlySet<string>>;

/** What to read ahead: relations, and which properties of their nodes. */
export interface Ahead {
  plan: RelationPlan;
  properties: SelectedProperties;
}

export const NOTHING_AHEAD: Ahead = { plan: new Map(), properties: new Map() };

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A stable text of a plan: statements are built once per distinct plan. */
export function planKey(plan: RelationPlan): string {
  return [...plan]
    .sort(([a], [b]) => byText(a, b))
    .map(([rel, below]) => (below.size ? `${rel}(${planKey(below)})` : rel))
    .join(',');
}

/** A stable text of what to read ahead, for statement caches. */
export function aheadKey({ plan, properties }: Ahead): string {
  const props = [...properties]
    .sort(([a], [b]) => byText(a, b))
    .map(([label, keys]) => `${label}:${[...keys].sort(byText).join('.')}`)
    .join(';');
  return `${planKey(plan)}|${props}`;
}

/**
 * The map projection of `variable` (a node of `label`, any entity without one) with, under each
 * relation's name, the items of the relations of `plan`. Nested nodes are `n1`, `n2`… by depth:
 * a COLLECT subquery sees every variable around it, so names never repeat down a branch.
 */
export function projectionAhead(options: {
  variable: string;
  label: EntityLabel | undefined;
  plan: RelationPlan;
  properties: SelectedProperties;
  depth?: number;
}): string {
  const { variable, label, plan, properties } = options;
  const base = nodeProjection(variable, label, label ? properties.get(label) : undefined);
  if (plan.size === 0) return base;
  const depth = options.depth ?? 0;
  const nested = [...plan].map(([rel, below]) => {
    const cypher = relationCypher(rel, { n: variable, m: `n${depth + 1}` }, (m, target) =>
      projectionAhead({ variable: m, label: target, plan: below, properties, depth: depth + 1 }),
    );
    return `${rel}: COLLECT {\n    ${cypher}\n  }`;
  });
  return `${base.slice(0, -1)}, ${nested.join(', ')}}`;
}

type Row = Record<string, unknown>;

/** Every (relation, entity id) → items pair a row projected with `plan` holds, depth first. */
export function* primedItems(
  row: Row,
  plan: RelationPlan,
): Generator<{ rel: Relation; id: string; items: Record<string, unknown>[] }> {
  for (const [rel, below] of plan) {
    const items = Array.isArray(row[rel]) ? (row[rel] as Row[]) : [];
    yield { rel, id: String(row.id), items };
    if (below.size > 0 && RELATIONS[rel].shape === 'entities')
      for (const item of items) yield* primedItems(item, below);
  }
}
