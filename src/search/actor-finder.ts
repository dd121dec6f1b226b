// The Actors panel's finder: the same MiniSearch matching as the top search
// (diacritic-folded, prefix and fuzzy), over actors' names and aliases only,
// so "Zelenskiy", "Pelosy" and "Lodz" find their actors and "Iran" does not
// find "Wiranto". Exact words rank before prefixes, prefixes before fuzzy hits.
import MiniSearch from 'minisearch';
import type { Actor } from '../corpus/schema';
import { SEARCH_OPTIONS, processTerm } from './search-index';

const finders = new WeakMap<Actor[], MiniSearch<Actor>>();

/** Ids of the actors matching `query`, best first; null for an empty query (everything matches). */
export function findActorIds(actors: Actor[], query: string): Map<string, number> | null {
  const q = query.trim();
  if (!q) return null;
  let mini = finders.get(actors);
  if (!mini) {
    mini = new MiniSearch<Actor>({
      idField: 'id',
      fields: ['name', 'aliases'],
      extractField: (a, field) => (field === 'aliases' ? a.aliases.join(' ') : (a as unknown as Record<string, string>)[field]),
      processTerm,
      searchOptions: { ...SEARCH_OPTIONS, boost: { name: 2 } },
    });
    mini.addAll(actors);
    finders.set(actors, mini);
  }
  return new Map(mini.search(q).map((hit) => [hit.id as string, hit.score]));
}
