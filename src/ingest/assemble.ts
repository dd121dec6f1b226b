// Parsed articles (+ what extraction found) -> one corpus that meets the contract.
import {
  publishedEventId,
  SCHEMA_VERSION,
  type Actor,
  type Article,
  type Corpus,
  type CorpusEvent,
  type Mention,
  type Quote,
  type Warning,
} from '../corpus/schema';
import type { ArticleFile } from './files';
import { ledeSpan } from './lede';
import { parseArticle } from './parse';
import { resolveActors, type ActorOverrides } from './resolve';

/** What extraction finds in one article; the ingest merges these. */
export interface ArticleExtraction {
  actors: Actor[];
  mentions: Mention[];
  events: CorpusEvent[];
  quotes: Quote[];
  warnings: Warning[];
  /** The article's actors for its published event, lede first. */
  publishedActorIds?: string[];
}

export type Extractor = (article: Article) => ArticleExtraction;

/** Parses every file, drops duplicate ids (first path wins) and builds the corpus. */
export function assembleCorpus(files: ArticleFile[], fileWarnings: Warning[] = [], extract?: Extractor): Corpus {
  const { articles, warnings } = parseArticleFiles(files, fileWarnings);
  return buildCorpus(articles, warnings, extract);
}

/** Parses every file; a duplicate id is skipped with a warning (first path wins). */
export function parseArticleFiles(
  files: ArticleFile[],
  fileWarnings: Warning[] = [],
  parse: typeof parseArticle = parseArticle,
): { articles: Article[]; warnings: Warning[] } {
  const warnings: Warning[] = [...fileWarnings];
  const articles: Article[] = [];
  const seen = new Map<string, string>();
  for (const f of files) {
    const parsed = parse(f.bytes, f.path);
    warnings.push(...parsed.warnings);
    const article = parsed.article;
    if (!article) continue;
    const first = seen.get(article.id);
    if (first !== undefined) {
      warnings.push({ file: f.path, message: `duplicate id "${article.id}" (also ${first}); skipped` });
      continue;
    }
    seen.set(article.id, f.path);
    articles.push(article);
  }
  return { articles, warnings };
}

/**
 * Articles + what extraction found in each (`extract` may return precomputed
 * results) -> one corpus, its actors resolved across articles (with the
 * reader's corrections, if any).
 */
export function buildCorpus(
  articles: Article[],
  warnings: Warning[],
  extract?: (article: Article) => ArticleExtraction | undefined,
  overrides?: ActorOverrides,
): Corpus {
  const corpus = collectCorpus(articles, warnings, extract);
  corpus.warnings.push(...resolveActors(corpus, overrides));
  return corpus;
}

/** `buildCorpus` before resolution: every article's actors as extraction left them (one per id). */
export function collectCorpus(
  articles: Article[],
  warnings: Warning[],
  extract?: (article: Article) => ArticleExtraction | undefined,
): Corpus {
  const actors = new Map<string, Actor>();
  const corpus: Corpus = {
    schemaVersion: SCHEMA_VERSION,
    articles,
    actors: [],
    mentions: [],
    events: [],
    quotes: [],
    warnings: [...warnings],
  };
  for (const article of articles) {
    const published = publishedEvent(article);
    corpus.events.push(published);
    const found = extract?.(article);
    if (!found) continue;
    if (found.publishedActorIds) published.actorIds = found.publishedActorIds;
    for (const actor of found.actors) mergeActor(actors, actor);
    corpus.mentions.push(...found.mentions);
    corpus.events.push(...found.events);
    corpus.quotes.push(...found.quotes);
    corpus.warnings.push(...found.warnings);
  }
  corpus.actors = [...actors.values()];
  return corpus;
}

/** The same id in several articles: one actor with every article's aliases (resolution then merges across ids). */
function mergeActor(into: Map<string, Actor>, actor: Actor): void {
  const known = into.get(actor.id);
  if (!known) {
    into.set(actor.id, { ...actor, aliases: [...actor.aliases] });
    return;
  }
  for (const alias of actor.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
}

export function publishedEvent(article: Article): CorpusEvent {
  return {
    id: publishedEventId(article.id),
    articleId: article.id,
    kind: 'published',
    date: { start: article.date },
    title: article.title,
    span: ledeSpan(article.text),
    actorIds: [],
  };
}
