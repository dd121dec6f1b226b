// Actors grouped by kind and sorted, with the panel's own search: pure.
import type { Actor, ActorKind } from '../../corpus/schema';
import { actorsInNameOrder } from '../../corpus/name-order';
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
  actors: Actor[];
}

/** An actor list in name order, and each id's place in it. */
interface NameOrder {
  ordered: Actor[];
  rank: Map<string, number>;
}

/** Each list's name order (src/corpus/name-order.ts: the build's for a tiled corpus) with its ranks, made once per list. */
const nameOrders = new WeakMap<Actor[], NameOrder>();
function inNameOrder(actors: Actor[]): NameOrder {
  let order = nameOrders.get(actors);
  if (!order) {
    const ordered = actorsInNameOrder(actors);
    order = { ordered, rank: new Map(ordered.map((a, i) => [a.id, i])) };
    nameOrders.set(actors, order);
  }
  return order;
}

/** The count order of a list under a counts map that many renders share (a tiled corpus's totals). */
const countOrders = new WeakMap<Map<string, number>, { ordered: Actor[]; list: Actor[] }>();

/** Most events first, ties in name order, without a comparison per pair of the whole list. */
function byCountThenName({ ordered, rank }: NameOrder, counts: Map<string, number>): Actor[] {
  const cached = countOrders.get(counts);
  if (cached?.ordered === ordered) return cached.list;
  const counted = (id: string) => (counts.get(id) ?? 0) > 0;
  let list: Actor[];
  if (counts.size * 4 < ordered.length) {
    // A filter's counts name a few actors: those sorted, the rest after them in name order.
    const named = [...counts.keys()].filter((id) => rank.has(id) && counted(id));
    named.sort((a, b) => counts.get(b)! - counts.get(a)! || rank.get(a)! - rank.get(b)!);
    list = [...named.map((id) => ordered[rank.get(id)!]), ...ordered.filter((a) => !counted(a.id))];
  } else {
    // Most actors counted: bucketed by count, each bucket in name order.
    const byCount = new Map<number, Actor[]>();
    for (const actor of ordered) {
      const n = counts.get(actor.id) ?? 0;
      const same = byCount.get(n);
      if (same) same.push(actor);
      else byCount.set(n, [actor]);
    }
    list = [...byCount.keys()].sort((a, b) => b - a).flatMap((n) => byCount.get(n)!);
  }
  countOrders.set(counts, { ordered, list });
  return list;
}

export function groupActors(actors: Actor[], counts: Map<string, number>, sort: ActorSort, search: string): ActorGroup[] {
  const found = findActorIds(actors, search);
  const order = inNameOrder(actors);
  const { ordered, rank } = order;
  let list: Actor[];
  if (found) {
    // While finding, the best matches come first (whole words before prefixes before near spellings), then by count, then name.
    list = ordered.filter((a) => found.has(a.id));
    list.sort(
      (a, b) =>
        found.get(b.id)! - found.get(a.id)! || (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || rank.get(a.id)! - rank.get(b.id)!,
    );
  } else list = sort === 'name' ? ordered : byCountThenName(order, counts);
  const byKind = new Map<ActorKind, Actor[]>((Object.keys(KIND_LABELS) as ActorKind[]).map((kind) => [kind, []]));
  for (const actor of list) byKind.get(actor.kind)?.push(actor);
  return [...byKind].map(([kind, members]) => ({ kind, label: KIND_LABELS[kind], actors: members })).filter((g) => g.actors.length > 0);
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
