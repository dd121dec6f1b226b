// Actors grouped by kind and sorted, with the panel's own search: pure.
import type { Actor, ActorKind } from '../../corpus/schema';
import { actorsInNameOrder, compareActorNames, countOrderOf } from '../../corpus/name-order';
import { findActorIds } from '../../search/actor-finder';

export type ActorSort = 'count' | 'name';

export const KIND_LABELS: Record<ActorKind, string> = {
  person: 'People',
  country: 'Countries',
  organization: 'Organizations',
  place: 'Places',
  group: 'Groups',
  thing: 'Things',
};

export interface ActorGroup {
  kind: ActorKind;
  label: string;
  /** Actors in the group. */
  size: number;
  /** Its first `n` actors, without listing the others (a tiled corpus's groups hold tens of thousands). */
  head(n: number): Actor[];
  /** All of them, listed on first read. */
  readonly actors: Actor[];
}

const KINDS = Object.keys(KIND_LABELS) as ActorKind[];

/** A group listed in full. */
function listedGroup(kind: ActorKind, actors: Actor[]): ActorGroup {
  return { kind, label: KIND_LABELS[kind], size: actors.length, head: (n) => actors.slice(0, n), actors };
}

/**
 * A group whose first actors are `first` (a filter's few counted ones, in count order), then
 * the rest of `all` (the kind's every actor in name order, `first`'s among them): nothing of
 * `all` is copied or walked past the rows asked for.
 */
function namedFirstGroup(kind: ActorKind, first: Actor[], all: Actor[]): ActorGroup {
  const skip = new Set(first);
  const head = (n: number) => {
    const out = first.slice(0, n);
    for (let i = 0; i < all.length && out.length < n; i++) if (!skip.has(all[i])) out.push(all[i]);
    return out;
  };
  let listed: Actor[] | undefined;
  return {
    kind,
    label: KIND_LABELS[kind],
    size: all.length,
    head,
    get actors() {
      return (listed ??= head(all.length));
    },
  };
}

/** An actor list in name order, and each kind's actors in that order. */
interface NameOrder {
  ordered: Actor[];
  byKind: Map<ActorKind, Actor[]>;
}

/**
 * Each list's name order (src/corpus/name-order.ts: the build's for a tiled corpus), made once per list; no
 * map of every actor's rank: a filter's few counted actors compare their names instead.
 */
const nameOrders = new WeakMap<Actor[], NameOrder>();
function inNameOrder(actors: Actor[]): NameOrder {
  let order = nameOrders.get(actors);
  if (!order) {
    const ordered = actorsInNameOrder(actors);
    order = { ordered, byKind: splitByKind(ordered) };
    nameOrders.set(actors, order);
  }
  return order;
}

/**
 * A list (or lists one after the other, not joined first: 166,000 actors at a million articles) split by kind,
 * each kind's in the list's order, the kinds in the panel's order (empty ones left out).
 */
function splitByKind(...parts: Actor[][]): Map<ActorKind, Actor[]> {
  const byKind = new Map<ActorKind, Actor[]>(KINDS.map((kind) => [kind, []]));
  for (const part of parts) for (const actor of part) byKind.get(actor.kind)?.push(actor);
  for (const [kind, members] of byKind) if (members.length === 0) byKind.delete(kind);
  return byKind;
}

/** The count order's groups under a counts map that many renders share (a tiled corpus's totals). */
const countOrders = new WeakMap<Map<string, number>, { ordered: Actor[]; groups: ActorGroup[] }>();

/** Most events first, ties in name order, without a comparison per pair of the whole list. */
function byCountThenName(actors: Actor[], order: NameOrder, counts: Map<string, number>, ids: Map<string, Actor>): ActorGroup[] {
  const { ordered, byKind } = order;
  const cached = countOrders.get(counts);
  if (cached?.ordered === ordered) return cached.groups;
  const counted = (id: string) => (counts.get(id) ?? 0) > 0;
  let groups: ActorGroup[];
  if (counts.size * 4 < ordered.length) {
    // A filter's counts name a few actors: those sorted, the rest after them in name order (not copied: a filter
    // at a million articles re-renders with 166,000 actors).
    const named = [...counts.keys()].filter((id) => ids.has(id) && counted(id)).map((id) => ids.get(id)!);
    named.sort((a, b) => counts.get(b.id)! - counts.get(a.id)! || compareActorNames(a, b));
    const first = splitByKind(named);
    groups = [...byKind].map(([kind, all]) => namedFirstGroup(kind, first.get(kind) ?? [], all));
  } else if (countOrderOf(counts) === actors) {
    // The list is in this order already (a tiled index's actors file, src/corpus/name-order.ts).
    groups = [...splitByKind(actors)].map(([kind, members]) => listedGroup(kind, members));
  } else {
    // Most actors counted: bucketed by count, each bucket in name order.
    const buckets = new Map<number, Actor[]>();
    for (const actor of ordered) {
      const n = counts.get(actor.id) ?? 0;
      const same = buckets.get(n);
      if (same) same.push(actor);
      else buckets.set(n, [actor]);
    }
    const keys = [...buckets.keys()].sort((a, b) => b - a);
    groups = [...splitByKind(...keys.map((n) => buckets.get(n)!))].map(([kind, members]) => listedGroup(kind, members));
  }
  countOrders.set(counts, { ordered, groups });
  return groups;
}

/** `actorsById`: the list's actors by id (the corpus index's map). */
export function groupActors(
  actors: Actor[],
  counts: Map<string, number>,
  sort: ActorSort,
  search: string,
  actorsById: Map<string, Actor>,
): ActorGroup[] {
  const found = findActorIds(actors, search);
  const order = inNameOrder(actors);
  if (!found) {
    if (sort === 'count') return byCountThenName(actors, order, counts, actorsById);
    return [...order.byKind].map(([kind, members]) => listedGroup(kind, members));
  }
  // While finding, the best matches come first (whole words before prefixes before near spellings), then by count, then name.
  const list = [...found.keys()].flatMap((id) => (actorsById.has(id) ? [actorsById.get(id)!] : []));
  list.sort((a, b) => found.get(b.id)! - found.get(a.id)! || (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || compareActorNames(a, b));
  return [...splitByKind(list)].map(([kind, members]) => listedGroup(kind, members));
}

export interface AliasCount {
  alias: string;
  /** Mentions written this way; undefined for a form no mention has (a title kept with the name). */
  count?: number;
}

/** The names an actor was found under, most written first, so a reader sees what was merged. */
export function aliasesOf(actor: Actor): AliasCount[] {
  const counts = actor.aliasCounts ?? {};
  const list = actor.aliases.map((alias) => ({ alias, count: Object.hasOwn(counts, alias) ? counts[alias] : undefined }));
  return list.sort((a, b) => (b.count ?? -1) - (a.count ?? -1));
}
