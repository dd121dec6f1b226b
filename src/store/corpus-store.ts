// The loaded corpus and the indexes every view needs. Read-only after load.
import { create } from 'zustand';
import { dateSpan } from '../corpus/dates';
import type { Article, Corpus, CorpusEvent } from '../corpus/schema';

export interface TimeWindow {
  start: number;
  end: number;
}

export interface CorpusState {
  corpus: Corpus;
  articlesById: Map<string, Article>;
  eventsById: Map<string, CorpusEvent>;
  /** Events in time order (by start, then id): the order of keyboard walks and lists. */
  eventsInOrder: CorpusEvent[];
  /** From the earliest event's start to the latest event's end, in ms. */
  extent: TimeWindow;
  setCorpus: (corpus: Corpus) => void;
}

export const EMPTY_CORPUS: Corpus = {
  schemaVersion: 1, articles: [], actors: [], mentions: [], events: [], quotes: [], warnings: [],
};

export function indexCorpus(corpus: Corpus): Omit<CorpusState, 'setCorpus'> {
  const spans = new Map(corpus.events.map((e) => [e.id, dateSpan(e.date)]));
  const eventsInOrder = [...corpus.events].sort(
    (a, b) => spans.get(a.id)!.start.getTime() - spans.get(b.id)!.start.getTime() || a.id.localeCompare(b.id),
  );
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans.values()) {
    start = Math.min(start, s.start.getTime());
    end = Math.max(end, s.end.getTime());
  }
  if (!Number.isFinite(start)) {
    const now = Date.now();
    [start, end] = [now - 30 * 864e5, now];
  }
  return {
    corpus,
    articlesById: new Map(corpus.articles.map((a) => [a.id, a])),
    eventsById: new Map(corpus.events.map((e) => [e.id, e])),
    eventsInOrder,
    extent: { start, end },
  };
}

export const useCorpusStore = create<CorpusState>()((set) => ({
  ...indexCorpus(EMPTY_CORPUS),
  setCorpus: (corpus) => set(indexCorpus(corpus)),
}));
