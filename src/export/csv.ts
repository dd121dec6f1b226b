// Events and quotes as RFC 4180 CSV (papaparse quotes commas, quotes and line
// breaks), UTF-8 with a byte order mark so spreadsheets read the accents.
import Papa from 'papaparse';
import { formatEventDate, precisionOf } from '../corpus/dates';
import type { CorpusEvent, Quote } from '../corpus/schema';
import { sentenceOf, type ExportContext } from './sentences';

export const BOM = '\uFEFF';

export const EVENT_COLUMNS = ['start', 'end', 'precision', 'date', 'title', 'actors', 'article', 'source', 'sentence'] as const;
export const QUOTE_COLUMNS = ['speaker', 'quote', 'date', 'article', 'source'] as const;

function csv(fields: readonly string[], rows: string[][]): string {
  return BOM + Papa.unparse({ fields: [...fields], data: rows }, { newline: '\r\n' });
}

export function eventsCsv(ctx: ExportContext, events: CorpusEvent[]): string {
  return csv(
    EVENT_COLUMNS,
    events.map((e) => [
      e.date.start,
      e.date.end ?? '',
      precisionOf(e.date.start),
      formatEventDate(e.date),
      e.title,
      e.actorIds.map(ctx.actorName).join('; '),
      ctx.articleTitle(e.articleId),
      ctx.articleSource(e.articleId),
      sentenceOf(ctx, e),
    ]),
  );
}

/** `eventOf` gives a quote's event (its own, else its article's): the quote's date. */
export function quotesCsv(ctx: ExportContext, quotes: Quote[], eventOf: (q: Quote) => CorpusEvent | undefined): string {
  return csv(
    QUOTE_COLUMNS,
    quotes.map((q) => {
      const event = eventOf(q);
      return [
        q.speakerId ? ctx.actorName(q.speakerId) : '',
        q.text,
        event ? formatEventDate(event.date) : '',
        ctx.articleTitle(q.articleId),
        ctx.articleSource(q.articleId),
      ];
    }),
  );
}
