// How much an event matters to a reader, 0..1: the order in which the
// timeline gives events its room (the biggest cities first on a map).
// Ingest stores `event.salience` (src/ingest/rank); a corpus built before
// that has none, so the timeline falls back on what every corpus holds.
import type { CorpusEvent } from '../corpus/schema';

/** Actors beyond this many add nothing: a list of names is not importance. */
const ACTORS_THAT_COUNT = 4;

/** A title this many words long says what happened; "Last week" does not. */
const WORDS_THAT_COUNT = 8;

/**
 * The stored salience, or the fallback: an article's own (published) event
 * above any mentioned one, then more actors above fewer, and among mentioned
 * events a sentence above a bare date phrase. The bands do not overlap, so
 * the fallback never puts an aside above a headline.
 */
export function salienceOf(event: CorpusEvent): number {
  if (event.salience !== undefined) return event.salience;
  const actors = Math.min(event.actorIds.length, ACTORS_THAT_COUNT) / ACTORS_THAT_COUNT;
  if (event.kind === 'published') return 0.6 + 0.3 * actors;
  const words = Math.min(event.title.split(/\s+/).filter(Boolean).length, WORDS_THAT_COUNT) / WORDS_THAT_COUNT;
  return 0.1 + 0.3 * actors + 0.1 * words;
}

/**
 * Positions (into `events`) from the most salient down; ties keep the given
 * (time) order, so the layout is the same on every run. Each key packs the
 * score (high bits, inverted) above the position (low bits) into one double,
 * so a native numeric sort does it with no comparator call per pair; scores
 * closer than 2^-(52 - log2 n) count as a tie.
 */
export function rankOrder(events: CorpusEvent[]): Int32Array {
  const n = events.length;
  const slots = 2 ** Math.max(1, Math.ceil(Math.log2(n + 1)));
  const levels = Math.floor(2 ** 52 / slots) - 1;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const score = Math.min(1, Math.max(0, salienceOf(events[i])));
    keys[i] = Math.round((1 - score) * levels) * slots + i;
  }
  keys.sort();
  return Int32Array.from(keys, (key) => key % slots);
}
