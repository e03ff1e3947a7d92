import DataLoader from 'dataloader';
import type { Executor } from '../../db/executor.js';
import type { CitationRecord, EntityRecord, TieKind, TieRecord } from '../model.js';
import { toEntity, type EntityLabel, type NodeRow } from './labels.js';
import { aheadKey, primedItems, projectionAhead, type Ahead, type RelationPlan } from './prefetch.js';
import { RELATIONS, relationsQuery, type Relation } from './queries.js';

/**
 * The relation loader: every (relation, id) key asked for while a level of a query resolves goes
 * into one Cypher statement. Lists come back sorted by name so that answers are stable.
 */

export interface RelationKey {
  rel: Relation;
  id: string;
}

type Item = Record<string, unknown>;

const queryCache = new Map<string, string>();

/** The statement for a set of relations, built once per distinct set. */
function queryFor(relations: Relation[]): string {
  const key = relations.join(',');
  let cypher = queryCache.get(key);
  if (!cypher) {
    cypher = relationsQuery(relations);
    queryCache.set(key, cypher);
  }
  return cypher;
}

const keyOf = (rel: Relation, id: string) => `${rel}:${id}`;

function createRelationLoader(executor: Executor): DataLoader<RelationKey, Item[], string> {
  return new DataLoader<RelationKey, Item[], string>(
    async (keys) => {
      const relations = [...new Set(keys.map((k) => k.rel))].sort();
      const rows = await executor.read<{ rel: Relation; id: string; items: Item[] }>(queryFor(relations), {
        keys: keys.map((k) => ({ rel: k.rel, id: k.id })),
      });
      const byKey = new Map(rows.map((row) => [keyOf(row.rel, row.id), row.items]));
      return keys.map((k) => byKey.get(keyOf(k.rel, k.id)) ?? []);
    },
    // Relations keeps what was read (its own cache, in front of this one's batching).
    { cache: false, maxBatchSize: 2000 },
  );
}

const aheadCache = new Map<string, string>();

/**
 * $id: the entity with the relations of the plan below it (prefetch.ts), built once per plan and
 * label. With a label (`cluster(id)`), the node is matched by it and projected with only the
 * properties the operation reads of that type; without (`node(id)`), as any entity, every property
 * of every kind.
 */
function entityAheadQuery(ahead: Ahead, label: EntityLabel | undefined): string {
  const key = `${label ?? 'Entity'}|${aheadKey(ahead)}`;
  let cypher = aheadCache.get(key);
  if (!cypher) {
    cypher = `MATCH (n:${label ?? 'Entity'} {id: $id})\nRETURN ${projectionAhead({ variable: 'n', label, ...ahead })} AS item`;
    aheadCache.set(key, cypher);
  }
  return cypher;
}

/**
 * Collators made once: `localeCompare` with a locale builds one per call, which dominated sorting
 * the relations of a page. `inEnglish` orders names; `byDefault` is what `localeCompare` without a
 * locale does, for ids and excerpts.
 */
const inEnglish = new Intl.Collator('en').compare;
const byDefault = new Intl.Collator().compare;

const byName = (a: { name: string }, b: { name: string }) => inEnglish(a.name, b.name);

/** Typed reads over the relation loader, for resolvers. */
export class Relations {
  private readonly loader: DataLoader<RelationKey, Item[], string>;
  /**
   * What this request has read of each (relation, id), or the loader's promise of it; the first
   * answer stays. Not the loader's cache: a DataLoader cache hit is a new promise settled at its
   * next batch's dispatch, and a page of 50 clusters read ahead makes ~260 of them (a fifth of its
   * time in Node, with their garbage).
   */
  private readonly known = new Map<Relation, Map<string, Item[] | Promise<Item[]>>>();

  constructor(private readonly executor: Executor) {
    this.loader = createRelationLoader(executor);
  }

  /**
   * Keeps what a row read ahead holds (the relations of `plan` below it, projected by
   * prefetch.ts), where the field resolvers will look for it.
   */
  prime(row: Item, plan: RelationPlan): void {
    for (const { rel, id, items } of primedItems(row, plan)) this.keep(rel, id, items);
  }

  /** What is known of one relation, by id (a map per relation: no key string built per look-up). */
  private knownOf(rel: Relation): Map<string, Item[] | Promise<Item[]>> {
    let byId = this.known.get(rel);
    if (!byId) this.known.set(rel, (byId = new Map()));
    return byId;
  }

  private keep(rel: Relation, id: string, items: Item[]): void {
    const byId = this.knownOf(rel);
    if (!byId.has(id)) byId.set(id, items);
  }

  /** The items of a relation: kept, or read through the loader with the other keys of the level. */
  private items(rel: Relation, id: string): Item[] | Promise<Item[]> {
    const byId = this.knownOf(rel);
    let items = byId.get(id);
    if (!items) {
      const loading = this.loader.load({ rel, id });
      // A failed read is not kept (as DataLoader forgets it): a later field asks again.
      loading.catch(() => byId.delete(id));
      byId.set(id, (items = loading));
    }
    return items;
  }

  /**
   * An entity by id (of `label` only, when given) with the relations of the plan read ahead in the
   * same statement; without a plan, a batched look-up like `entity`.
   */
  async entityAhead(id: string, ahead: Ahead, label?: EntityLabel): Promise<EntityRecord | null> {
    if (ahead.plan.size === 0) return this.entity(id);
    const [row] = await this.executor.read<{ item: NodeRow }>(entityAheadQuery(ahead, label), { id });
    if (!row) return null;
    // Kept as the `self` relation's item, which names no label: the item carries it.
    if (label) row.item.labels = [label];
    this.keep('self', id, [row.item]);
    this.prime(row.item, ahead.plan);
    return toEntity(row.item);
  }

  /** The entities at the end of an entity relation, by name. */
  async list(rel: Relation, id: string): Promise<EntityRecord[]> {
    const spec = RELATIONS[rel];
    if (spec.shape !== 'entities') throw new TypeError(`${rel} is not an entity relation`);
    const items = await this.items(rel, id);
    return items
      .map((item) => toEntity(item as NodeRow, spec.label))
      .filter((e): e is EntityRecord => e !== null)
      .sort(byName);
  }

  /** The one entity at the end of a to-one relation, or null. */
  async one(rel: Relation, id: string): Promise<EntityRecord | null> {
    return (await this.list(rel, id))[0] ?? null;
  }

  /** An entity by id, or null; batched with the other keys of the same level. */
  async entity(id: string): Promise<EntityRecord | null> {
    return this.one('self', id);
  }

  async citations(id: string): Promise<CitationRecord[]> {
    const items = (await this.items('citations', id)) as unknown as CitationRecord[];
    return [...items].sort(
      (a, b) => byDefault(a.source.id, b.source.id) || byDefault(a.excerpt ?? '', b.excerpt ?? ''),
    );
  }

  /** A cluster's ties of the given kinds, by the other cluster's name, then kind and via. */
  async ties(clusterId: string, kinds: readonly TieKind[]): Promise<TieRecord[]> {
    const rels = {
      AGREEMENT: 'clusterTiesAgreement',
      MISSION: 'clusterTiesMission',
      PARTNERSHIP: 'clusterTiesPartnership',
    } as const;
    const lists = await Promise.all(kinds.map((kind) => this.items(rels[kind], clusterId)));
    return (lists.flat() as unknown as (TieRecord & { clusterName: string })[])
      .sort(
        (a, b) => inEnglish(a.clusterName, b.clusterName) || byDefault(a.kind, b.kind) || byDefault(a.viaId, b.viaId),
      )
      .map(({ clusterId: other, kind, viaId, year }) => ({ clusterId: other, kind, viaId, year }));
  }
}
