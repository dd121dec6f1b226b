// Corpus parts -> one corpus (format.ts says what a part is). Extraction parts
// go through the very functions a whole-folder ingest ends with (buildCorpus:
// the corpus-level actor resolution; finishCorpus: salience, validation), their
// articles put back in the folder's order first, so N shards merged are the
// corpus one ingest of the folder makes. Resolved parts join it with their
// actors merged by id. Pure but for `readPartsFolder`.
import fs from 'node:fs';
import path from 'node:path';
import { SCHEMA_VERSION, type Actor, type Article, type Corpus, type Warning } from '../../corpus/schema';
import { buildCorpus, type ArticleExtraction } from '../assemble';
import { finishCorpus } from '../ingest';
import { listArticleFiles } from '../files';
import { OVERRIDES_FILE, resolveActors, type ActorOverrides } from '../resolve';
import { CorpusPart, extractionsOf, type ExtractionBlock } from './format';
import { compareWalkOrder } from './shard';

export interface PartInput {
  /** Named in warnings. */
  file: string;
  /** The parsed JSON, or the error reading or parsing it. */
  data: unknown;
  error?: string;
}

interface Seen {
  part: string;
  file: string;
}

const articlePath = (a: Article) => a.file ?? `${a.id}.txt`;
const byWalkOrder =
  <T>(key: (x: T) => string) =>
  (x: T, y: T) =>
    compareWalkOrder(key(x), key(y));

/** The same id in several parts: one actor with every part's aliases and alias counts. */
function mergeActorsById(into: Map<string, Actor>, actors: Actor[]): void {
  for (const actor of actors) {
    const known = into.get(actor.id);
    if (!known) {
      into.set(actor.id, {
        ...actor,
        aliases: [...actor.aliases],
        ...(actor.aliasCounts ? { aliasCounts: { ...actor.aliasCounts } } : {}),
      });
      continue;
    }
    for (const alias of actor.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
    if (actor.aliasCounts) {
      const counts = (known.aliasCounts ??= {});
      for (const [form, n] of Object.entries(actor.aliasCounts)) counts[form] = (counts[form] ?? 0) + n;
    }
  }
}

/** Keeps an article unless its id was kept already; a duplicate is reported naming both parts and both files. */
function keeper(seen: Map<string, Seen>, warnings: Warning[]) {
  return (a: Article, part: string): boolean => {
    const first = seen.get(a.id);
    if (!first) {
      seen.set(a.id, { part, file: articlePath(a) });
      return true;
    }
    warnings.push({
      file: part,
      message: `${articlePath(a)}: duplicate id "${a.id}" (also ${first.file} in ${first.part}); skipped`,
    });
    return false;
  };
}

/** An extraction part read back: its file, the part, each article's extraction. */
interface ExtractionEntry {
  file: string;
  part: CorpusPart & { extraction: ExtractionBlock };
  x: ReturnType<typeof extractionsOf>;
}

/** The union of the extraction parts, resolved as one ingest of their folder would. */
function mergeExtractionParts(
  parts: ExtractionEntry[],
  keep: (a: Article, part: string) => boolean,
  duplicates: Warning[],
  overrides?: ActorOverrides,
): Corpus {
  const extractions = new Map<string, ArticleExtraction>();
  const entries: { article: Article; part: string }[] = [];
  const listing: Warning[] = [];
  const parsing: Warning[] = [];
  for (const { file, part, x } of parts) {
    listing.push(...x.listing);
    parsing.push(...x.parsing);
    for (const article of part.articles) {
      entries.push({ article, part: file });
      extractions.set(`${file}\0${article.id}`, x.extractions.get(article.id)!);
    }
  }
  entries.sort(byWalkOrder((e) => articlePath(e.article)));
  const articles: Article[] = [];
  const extractionOf = new Map<Article, ArticleExtraction>();
  for (const { article, part } of entries) {
    if (!keep(article, part)) continue;
    articles.push(article);
    extractionOf.set(article, extractions.get(`${part}\0${article.id}`)!);
  }
  // The warnings in the order a whole-folder ingest gives them: the folder's listing, then parsing file by file.
  listing.sort(byWalkOrder((w) => w.file));
  parsing.push(...duplicates.splice(0));
  parsing.sort(byWalkOrder((w) => w.file));
  return buildCorpus(articles, [...listing, ...parsing], (a) => extractionOf.get(a), overrides);
}

/**
 * Joins corpus parts. A part that is not JSON or not contract-shaped is
 * skipped with a warning naming its file; the rest still merge. `overrides`:
 * the reader's corrections to the actors (`dateline.actors.json`); without
 * them, those the extraction parts carry from their article folder.
 */
export function mergeParts(inputs: PartInput[], overrides?: ActorOverrides): Corpus {
  const warnings: Warning[] = [];
  const extraction: ExtractionEntry[] = [];
  const resolved: { file: string; part: CorpusPart }[] = [];
  for (const input of inputs) {
    if (input.error !== undefined) {
      warnings.push({ file: input.file, message: `not a corpus part (${input.error}); skipped` });
      continue;
    }
    const r = CorpusPart.safeParse(input.data);
    if (!r.success) {
      const problems = r.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
      warnings.push({ file: input.file, message: `not a corpus part (${problems.join('; ')}); skipped` });
      continue;
    }
    const part = r.data;
    if (!part.extraction) {
      resolved.push({ file: input.file, part });
      continue;
    }
    try {
      const withBlock = part as CorpusPart & { extraction: ExtractionBlock };
      extraction.push({ file: input.file, part: withBlock, x: extractionsOf(withBlock) });
    } catch (err) {
      warnings.push({ file: input.file, message: `not a corpus part (${(err as Error).message}); skipped` });
    }
  }

  const seen = new Map<string, Seen>();
  const duplicates: Warning[] = [];
  const keep = keeper(seen, duplicates);
  // The corrections given, else those the shards read in the article folder.
  const carried = extraction.find((p) => p.part.extraction.overrides !== undefined)?.part.extraction.overrides;
  overrides ??= carried === undefined ? undefined : { file: OVERRIDES_FILE, text: carried };
  const corpus: Corpus = extraction.length
    ? mergeExtractionParts(extraction, keep, duplicates, overrides)
    : { schemaVersion: SCHEMA_VERSION, articles: [], actors: [], mentions: [], events: [], quotes: [], warnings: [] };

  if (resolved.length) {
    const actors = new Map(corpus.actors.map((a) => [a.id, a]));
    let mentions = 0;
    for (const { file, part } of resolved) {
      const kept = part.articles.filter((a) => keep(a, file));
      // The events, quotes and mentions of an article another part holds are that part's.
      const dropped = new Set(part.articles.filter((a) => seen.get(a.id)?.part !== file).map((a) => a.id));
      const ours = <T extends { articleId: string }>(items: T[]) => (dropped.size ? items.filter((x) => !dropped.has(x.articleId)) : items);
      corpus.articles.push(...kept);
      corpus.mentions.push(...ours(part.mentions));
      corpus.events.push(...ours(part.events));
      corpus.quotes.push(...ours(part.quotes));
      corpus.warnings.push(...part.warnings);
      mergeActorsById(actors, part.actors);
      mentions += part.mentions.length;
    }
    corpus.actors = [...actors.values()];
    // Resolution reads mentions: parts that kept theirs are resolved again together (an actor two parts named apart joins).
    if (mentions > 0) corpus.warnings.push(...resolveActors(corpus, extraction.length ? undefined : overrides));
    else if (overrides && !extraction.length)
      warnings.push({ file: overrides.file ?? OVERRIDES_FILE, message: 'the parts carry no mentions to resolve; corrections not applied' });
  }
  corpus.warnings.push(...duplicates, ...warnings);
  return finishCorpus(corpus);
}

/** The `*.json` files of a folder of parts (not the reader's corrections), in natural order of their names. */
export function partFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json') && e.name !== OVERRIDES_FILE && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** Reads a folder of parts (and its `dateline.actors.json`, if any) and merges them. */
export function mergePartsFolder(dir: string, overridesFile?: string): { corpus: Corpus; parts: number } {
  const files = partFiles(dir);
  const inputs: PartInput[] = files.map((name) => {
    try {
      return { file: name, data: JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) };
    } catch (err) {
      return { file: name, data: undefined, error: (err as Error).message };
    }
  });
  const file = overridesFile ?? path.join(dir, OVERRIDES_FILE);
  const overrides = fs.existsSync(file) ? { file: path.basename(file), text: fs.readFileSync(file, 'utf8') } : undefined;
  return { corpus: mergeParts(inputs, overrides), parts: files.length };
}

/** A folder of corpus parts: `*.json` files beside it and no article (`.txt`) in it. */
export function isPartsFolder(dir: string): boolean {
  return fs.statSync(dir).isDirectory() && partFiles(dir).length > 0 && listArticleFiles(dir).files.length === 0;
}
