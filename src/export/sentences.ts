// The article facts every export format states per event or quote: the
// sentence (from the article body), the article's title and source, the actors' names.
import type { CorpusEvent, Span } from '../corpus/schema';
import type { CorpusIndex } from '../model/corpus-index';

export interface ExportContext {
  corpusName: string;
  articleTitle: (articleId: string) => string;
  articleSource: (articleId: string) => string;
  actorName: (actorId: string) => string;
  /** The text a span covers in its article; '' when the body is not at hand. */
  textAt: (articleId: string, span: Span) => string;
}

export function exportContext(index: CorpusIndex, bodies: ReadonlyMap<string, string>): ExportContext {
  return {
    corpusName: index.corpus.name ?? 'Dateline',
    articleTitle: (id) => index.articlesById.get(id)?.title ?? id,
    articleSource: (id) => index.articlesById.get(id)?.source ?? '',
    actorName: (id) => index.actorsById.get(id)?.name ?? id,
    textAt: (id, [start, end]) => (bodies.get(id) ?? '').slice(start, end).replace(/\s+/g, ' ').trim(),
  };
}

export function sentenceOf(ctx: ExportContext, event: CorpusEvent): string {
  return ctx.textAt(event.articleId, event.span);
}

/** The event's main actor: its first (the extractor lists them by prominence). */
export function mainActor(ctx: ExportContext, event: CorpusEvent): string | undefined {
  const id = event.actorIds[0];
  return id === undefined ? undefined : ctx.actorName(id);
}
