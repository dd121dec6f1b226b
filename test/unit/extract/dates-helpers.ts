// Reads sentences as one article would: the dates of each, in order, with one context.
import type { EventDate } from '../../../src/corpus/schema';
import { dateContext, findDates } from '../../../src/ingest/extract/dates';

/** The dates of each sentence of an article published on `date`, read in order. */
export function datesOf(date: string, ...sentences: string[]): EventDate[][] {
  const ctx = dateContext(date);
  return sentences.map((s) => findDates(s, { start: 0, end: s.length }, ctx).map((h) => h.date));
}

/** The dates of one sentence alone. */
export const dates = (date: string, sentence: string): EventDate[] => datesOf(date, sentence)[0];

/** The start of each date of one sentence. */
export const starts = (date: string, sentence: string): string[] => dates(date, sentence).map((d) => d.start);
