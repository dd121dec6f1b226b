// Actors grouped by kind and sorted, with the panel's own search: pure.
import type { Actor, ActorKind } from '../../corpus/schema';
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

// One collator for all comparisons: far cheaper than localeCompare per pair.
const collator = new Intl.Collator('en', { sensitivity: 'base' });

export function groupActors(actors: Actor[], counts: Map<string, number>, sort: ActorSort, search: string): ActorGroup[] {
  const found = findActorIds(actors, search);
  const matches = (a: Actor) => !found || found.has(a.id);
  const byName = (a: Actor, b: Actor) => collator.compare(a.name, b.name);
  const byCount = (a: Actor, b: Actor) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || byName(a, b);
  // While finding, the best matches come first (whole words before prefixes before near spellings).
  const byMatch = (a: Actor, b: Actor) => found!.get(b.id)! - found!.get(a.id)! || byCount(a, b);
  const compare = found ? byMatch : sort === 'name' ? byName : byCount;
  return (Object.keys(KIND_LABELS) as ActorKind[])
    .map((kind) => ({ kind, label: KIND_LABELS[kind], actors: actors.filter((a) => a.kind === kind && matches(a)).sort(compare) }))
    .filter((g) => g.actors.length > 0);
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
