// The export menu's actions: each gathers the scope from the stores, the
// article bodies it needs, maps them and downloads the result.
import { toBlob } from 'html-to-image';
import type { CorpusEvent } from '../corpus/schema';
import { useBodiesStore } from '../store/bodies-store';
import { useCorpusStore } from '../store/corpus-store';
import { useFilterStore } from '../store/filter-store';
import { useViewStore } from '../store/view-store';
import { toCorpus } from './corpus-json';
import { eventsCsv, quotesCsv } from './csv';
import { download, fileSlug } from './download';
import { selectScope, type ExportScope } from './scope';
import { exportContext, type ExportContext } from './sentences';
import { toTimelineJs } from './timelinejs';

export type Extent = 'view' | 'corpus';

export function currentScope(extent: Extent): ExportScope {
  const index = useCorpusStore.getState().index;
  const { actorIds, match, query } = useFilterStore.getState();
  const window = extent === 'view' ? useViewStore.getState().window : null;
  return selectScope(index, { actorIds, match, query }, window);
}

/** A context with the bodies of these articles loaded. */
async function contextFor(articleIds: Iterable<string>): Promise<ExportContext> {
  const index = useCorpusStore.getState().index;
  const heads = [...new Set(articleIds)].map((id) => index.articlesById.get(id)).filter((a) => a !== undefined);
  return exportContext(index, await useBodiesStore.getState().texts(heads));
}

function fileName(what: string, ext: string): string {
  return `${fileSlug(useCorpusStore.getState().index.corpus.name ?? 'dateline')}-${what}.${ext}`;
}

export async function exportTimelineJs(scope: ExportScope, events: CorpusEvent[]): Promise<void> {
  const ctx = await contextFor(events.map((e) => e.articleId));
  const json = JSON.stringify(toTimelineJs(ctx, events, scope.description), null, 1);
  download(fileName('timelinejs', 'json'), json, 'application/json');
}

export async function exportEventsCsv(scope: ExportScope): Promise<void> {
  const ctx = await contextFor(scope.events.map((e) => e.articleId));
  download(fileName('events', 'csv'), eventsCsv(ctx, scope.events), 'text/csv;charset=utf-8');
}

export async function exportQuotesCsv(scope: ExportScope): Promise<void> {
  const index = useCorpusStore.getState().index;
  const ctx = exportContext(index, new Map()); // quotes carry their own text
  const eventOf = (q: { id: string }) => index.eventsById.get(index.eventOfQuote.get(q.id) ?? '');
  download(fileName('quotes', 'csv'), quotesCsv(ctx, scope.quotes, eventOf), 'text/csv;charset=utf-8');
}

/** The timeline as on screen, at twice its pixel size. */
export async function exportImage(): Promise<void> {
  const node = document.querySelector<HTMLElement>('.dl-timeline-region');
  if (!node) throw new Error('no timeline on the page');
  const png = await toBlob(node, { pixelRatio: 2, backgroundColor: getComputedStyle(document.body).backgroundColor });
  if (!png) throw new Error('the browser could not draw the timeline');
  download(fileName('timeline', 'png'), png, 'image/png');
}

export async function exportCorpusJson(): Promise<void> {
  const { corpus } = useCorpusStore.getState().index;
  const bodies = await useBodiesStore.getState().texts(corpus.articles);
  download(fileName('corpus', 'json'), JSON.stringify(toCorpus(corpus, bodies)), 'application/json');
}
