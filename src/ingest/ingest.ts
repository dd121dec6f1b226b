// Folder -> corpus: list, read, parse, extract, assemble, validate. Node only.
import { validateCorpus, type Corpus } from '../corpus/schema';
import { assembleCorpus, type Extractor } from './assemble';
import { extractArticle } from './extract/extract-article';
import { listArticleFiles, readArticleFiles } from './files';

export interface IngestResult {
  corpus: Corpus;
  ms: number;
}

/** `extract: null` skips extraction (articles and published events only). */
export function ingestFolder(dir: string, extract: Extractor | null = extractArticle): IngestResult {
  const t0 = performance.now();
  const { files, warnings } = listArticleFiles(dir);
  const corpus = validateCorpus(assembleCorpus(readArticleFiles(dir, files), warnings, extract ?? undefined));
  return { corpus, ms: performance.now() - t0 };
}

export function summarize({ corpus, ms }: IngestResult): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return [
    n(corpus.articles.length, 'article'),
    n(corpus.events.length, 'event'),
    n(corpus.actors.length, 'actor'),
    n(corpus.quotes.length, 'quote'),
    n(corpus.warnings.length, 'warning'),
  ].join(', ') + ` in ${ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`}`;
}

export function formatWarning(w: { file: string; line?: number; message: string }): string {
  return `warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message}`;
}
