// Actors in name order, the Actors panel's: one comparison for the tile build
// (which writes the order into the actors file) and the page (which sorts a
// whole corpus's actors itself, or takes the build's order as it is).
import type { Actor } from './schema';
import { fold } from './fold';

// One collator for the names that fold alike; far cheaper than localeCompare per pair.
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * Folded names compare as code points, as the collator orders them but for
 * rare punctuation; the collator settles names that fold alike.
 */
function compare(a: { key: string; name: string }, b: { key: string; name: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : collator.compare(a.name, b.name);
}

/** Two actors in name order: for a few (a filter's counted ones), not a whole list (`actorsInNameOrder`). */
export const compareActorNames = (a: Actor, b: Actor): number =>
  compare({ key: fold(a.name), name: a.name }, { key: fold(b.name), name: b.name });

/** The positions of `names` in name order. */
export function nameOrderOf(names: readonly string[]): number[] {
  const keyed = names.map((name, at) => ({ name, key: fold(name), at }));
  keyed.sort(compare);
  return keyed.map((k) => k.at);
}

/**
 * Each actor list's name order, made once per list: a tiled corpus hands every
 * window index the same list (166,000 actors at a million articles, whose sort
 * held the page's main thread for seconds under load).
 */
const orders = new WeakMap<Actor[], Actor[]>();

/** `actors` in name order: the build's (`adoptNameOrder`), or sorted here once. */
export function actorsInNameOrder(actors: Actor[]): Actor[] {
  let ordered = orders.get(actors);
  if (!ordered) {
    ordered = nameOrderOf(actors.map((a) => a.name)).map((at) => actors[at]);
    orders.set(actors, ordered);
  }
  return ordered;
}

/**
 * Takes a list's name order as already known (the tiled index's actors file
 * carries it: `byName`, positions in name order), so the page sorts nothing.
 * Ignored unless it names every actor once.
 */
export function adoptNameOrder(actors: Actor[], byName: readonly number[]): boolean {
  if (byName.length !== actors.length) return false;
  const seen = new Uint8Array(actors.length);
  const ordered: Actor[] = new Array<Actor>(actors.length);
  for (let i = 0; i < byName.length; i++) {
    const at = byName[i];
    if (!(at >= 0 && at < actors.length) || seen[at]) return false;
    seen[at] = 1;
    ordered[i] = actors[at];
  }
  orders.set(actors, ordered);
  return true;
}

/** Lists known to be in count order (most events first, ties in name order) under a counts map. */
const countOrders = new WeakMap<Map<string, number>, Actor[]>();

/**
 * Takes `actors` as already in count order under `counts` (a tiled index's
 * actors file: most events first, ties in name order), after checking it
 * against `events` (each actor's count, in list order) and the name order
 * `byName`: typed arrays, no look-up by id. An older file (ties by id) fails
 * the check and is bucketed by count as any list is.
 */
export function adoptCountOrder(
  actors: Actor[],
  counts: Map<string, number>,
  events: readonly number[],
  byName: readonly number[],
): boolean {
  if (events.length !== actors.length || byName.length !== actors.length) return false;
  const rankOf = new Int32Array(actors.length);
  for (let r = 0; r < byName.length; r++) rankOf[byName[r]] = r;
  for (let i = 1; i < events.length; i++) {
    if (events[i - 1] < events[i] || (events[i - 1] === events[i] && rankOf[i - 1] > rankOf[i])) return false;
  }
  countOrders.set(counts, actors);
  return true;
}

/** The list adopted as in count order under `counts`, if any. */
export const countOrderOf = (counts: Map<string, number>): Actor[] | undefined => countOrders.get(counts);
