// Actors grouped by kind and sorted, with the panel's own search: pure.
import type { Actor, ActorKind } from '../../corpus/schema';

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

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function groupActors(actors: Actor[], counts: Map<string, number>, sort: ActorSort, search: string): ActorGroup[] {
  const needle = fold(search.trim());
  const matches = (a: Actor) => !needle || fold(a.name).includes(needle) || a.aliases.some((x) => fold(x).includes(needle));
  const byName = (a: Actor, b: Actor) => collator.compare(a.name, b.name);
  const compare = sort === 'name' ? byName : (a: Actor, b: Actor) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || byName(a, b);
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
