// Salience: how much an event matters to the corpus, 0..1, so the timeline
// can show "the top N" at any zoom. Evidence counted over the whole corpus
// (the formula is in docs/quality.md, "Salience"): the kind of the event, how
// many articles reference its date (news-tls' date selection), how many
// articles tell the same happening (date + actor), how prominent its actors
// are, the quotes it holds, and how precise its date is. One pass over the
// events to count, one to score, one sort: linear but for the sort.
// Pure TypeScript: the page can run it too.
import type { Corpus, CorpusEvent, EventDate, Quote } from '../../corpus/schema';

/** Weights of the evidence; they sum to 1. */
export const WEIGHTS = { published: 0.3, dateRefs: 0.2, happening: 0.15, actors: 0.15, quotes: 0.08, precision: 0.12 } as const;

/** How much a date says: a day says most, a bare year little; an approximate date ("about ten years ago") half as much. */
export function datePrecision(date: EventDate): number {
  const byLength: Record<number, number> = { 10: 1, 7: 0.6, 4: 0.25 };
  let p = byLength[date.start.length] ?? 0.25;
  // A range is as coarse as its span: "2008 to 2016" says less than "2008".
  if (date.end && date.end !== date.start) p *= 0.8;
  return date.approximate ? p / 2 : p;
}

/** Small integer ids for strings (dates, actor ids): counters indexed by them need no string keys made per event. */
class Ids {
  readonly of = new Map<string, number>();
  id(key: string): number {
    let i = this.of.get(key);
    if (i === undefined) this.of.set(key, (i = this.of.size));
    return i;
  }
}

/**
 * Counts each key once per article: an article that repeats a key references it once. `byArticle`: the events
 * of each article; `keysOf` calls `add` with each key (a number) of an event.
 */
function countArticles(
  byArticle: Map<string, CorpusEvent[]>,
  keysOf: (e: CorpusEvent, add: (k: number) => void) => void,
): Map<number, number> {
  const counts = new Map<number, number>();
  const seen = new Set<number>();
  const add = (k: number) => {
    if (seen.has(k)) return;
    seen.add(k);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  };
  for (const events of byArticle.values()) {
    seen.clear();
    for (const e of events) keysOf(e, add);
  }
  return counts;
}

const maxOf = (values: Iterable<number>) => {
  let m = 0;
  for (const v of values) if (v > m) m = v;
  return m;
};

function groupByArticle(events: CorpusEvent[]): Map<string, CorpusEvent[]> {
  const byArticle = new Map<string, CorpusEvent[]>();
  for (const e of events) {
    const list = byArticle.get(e.articleId);
    if (list) list.push(e);
    else byArticle.set(e.articleId, [e]);
  }
  return byArticle;
}

/** Quotes attached to each event: by `eventId`, else a quote inside the event's span of its article. */
function quotesPerEvent(byArticle: Map<string, CorpusEvent[]>, quotes: Quote[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const q of quotes) {
    if (q.eventId) {
      out.set(q.eventId, (out.get(q.eventId) ?? 0) + 1);
      continue;
    }
    for (const e of byArticle.get(q.articleId) ?? []) {
      if (e.kind === 'mentioned' && q.span[0] < e.span[1] && e.span[0] < q.span[1]) out.set(e.id, (out.get(e.id) ?? 0) + 1);
    }
  }
  return out;
}

/** log(1 + x) / log(1 + max): counts on a log scale, 0..1. */
const logShare = (x: number, max: number) => (max > 0 ? Math.log1p(x) / Math.log1p(max) : 0);

/** The raw score of every event (same order), a weighted sum of evidence each in 0..1. */
export function rawSalience(events: CorpusEvent[], quotes: Quote[] = []): number[] {
  const dates = new Ids();
  const actors = new Ids();
  // Each event's date and actors as ids, once.
  const dateOf = Int32Array.from(events, (e) => dates.id(e.date.start));
  // A day's month once per distinct day, not once per event.
  const monthOfDate: number[] = [];
  const monthOf = Int32Array.from(dateOf, (d, i) => {
    if (monthOfDate[d] === undefined) {
      const start = events[i].date.start;
      monthOfDate[d] = start.length === 10 ? dates.id(start.slice(0, 7)) : -1;
    }
    return monthOfDate[d];
  });
  const actorsOf = events.map((e) => e.actorIds.map((a) => actors.id(a)));
  const index = new Map(events.map((e, i) => [e, i]));
  const nActors = Math.max(1, actors.of.size);
  // Date references: the articles whose events name the date (published or mentioned); a day references its month too.
  const byArticle = groupByArticle(events);
  const refs = countArticles(byArticle, (e, add) => {
    const i = index.get(e)!;
    add(dateOf[i]);
    if (monthOf[i] >= 0) add(monthOf[i]);
  });
  // The same happening: articles with an event on the same date and actor (the pair as one number).
  const happenings = countArticles(byArticle, (e, add) => {
    const i = index.get(e)!;
    for (const a of actorsOf[i]) add(dateOf[i] * nActors + a);
  });
  const perActor = new Int32Array(nActors);
  for (const list of actorsOf) for (const a of list) perActor[a]++;
  const held = quotesPerEvent(byArticle, quotes);
  const maxRefs = maxOf(refs.values());
  const maxHappening = Math.max(0, maxOf(happenings.values()) - 1);
  const maxActor = maxOf(perActor);
  const maxQuotes = maxOf(held.values());
  return events.map((e, i) => {
    const precision = datePrecision(e.date);
    // Sharing a year with many articles says little; sharing a day says much.
    const dateRefs = precision * logShare(refs.get(dateOf[i]) ?? 0, maxRefs);
    let happening = 0;
    let actorShare = 0;
    for (const a of actorsOf[i]) {
      happening = Math.max(happening, (happenings.get(dateOf[i] * nActors + a) ?? 0) - 1);
      actorShare = Math.max(actorShare, logShare(perActor[a], maxActor));
    }
    return (
      WEIGHTS.published * (e.kind === 'published' ? 1 : 0) +
      WEIGHTS.dateRefs * dateRefs +
      WEIGHTS.happening * precision * logShare(happening, maxHappening) +
      WEIGHTS.actors * actorShare +
      WEIGHTS.quotes * logShare(held.get(e.id) ?? 0, maxQuotes) +
      WEIGHTS.precision * precision
    );
  });
}

/** Digits kept: enough to tell 100,000 events apart by rank. */
const DIGITS = 1e6;

/**
 * Sets `salience` on every event of the corpus (in place; returns it): half
 * the event's percentile rank by raw score, half the raw score rescaled to
 * 0..1, so the values spread over 0..1 whatever the corpus and the order
 * still follows the evidence. Ties go to the published event, then the more
 * precise date, then the id: the same input gives the same output.
 */
export function addSalience<C extends Pick<Corpus, 'events' | 'quotes'>>(corpus: C): C {
  const { events } = corpus;
  if (!events.length) return corpus;
  const raw = rawSalience(events, corpus.quotes);
  // Typed arrays for the sort's keys: at 100,000 events the comparator runs two million times.
  const score = Float64Array.from(raw);
  const published = Uint8Array.from(events, (e) => (e.kind === 'published' ? 1 : 0));
  const precision = Float64Array.from(events, (e) => datePrecision(e.date));
  const order = Array.from(events, (_, i) => i).sort(
    (a, b) =>
      score[b] - score[a] ||
      published[b] - published[a] ||
      precision[b] - precision[a] ||
      (events[a].id < events[b].id ? -1 : events[a].id > events[b].id ? 1 : 0),
  );
  let lo = Infinity;
  let hi = -Infinity;
  for (const r of raw) {
    lo = Math.min(lo, r);
    hi = Math.max(hi, r);
  }
  const n = events.length;
  order.forEach((i, rank) => {
    const percentile = n === 1 ? 1 : 1 - rank / (n - 1);
    const scaled = hi > lo ? (raw[i] - lo) / (hi - lo) : 1;
    events[i].salience = Math.round(((percentile + scaled) / 2) * DIGITS) / DIGITS;
  });
  return corpus;
}
