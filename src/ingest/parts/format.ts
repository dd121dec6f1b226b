// Corpus parts: one contract-shaped corpus JSON per file, in a folder; `npm run
// merge` (merge.ts) joins them. Two sorts (README.md, "Corpus parts"):
//
// - a resolved part (a whole corpus, the generator's parts): actors are final,
//   merged by id across parts;
// - an extraction part (`npm run ingest -- DIR --shard K/N`): the shard's
//   articles with what extraction found in each, before the corpus-level
//   actor resolution, which only the merge can do (it needs every article).
//   Its `actors` are each article's own, one after the other (an id recurs
//   when several articles name the actor), and the `extraction` block says
//   which belong to which article, so the merge hands the resolution exactly
//   the input a single ingest of the whole folder would.
import { z } from 'zod';
import { Corpus, publishedEventId, SCHEMA_VERSION, type Article, type Warning } from '../../corpus/schema';
import { publishedEvent, type ArticleExtraction } from '../assemble';
import type { Shard } from './shard';

const Count = z.number().int().nonnegative();

export const ExtractionBlock = z.object({
  /** `[K, N]`: the shard this part holds. */
  shard: z.tuple([Count, Count]),
  /** The first `listed` warnings come from listing the folder, the `parsed` after them from parsing its files, the rest from extraction. */
  listed: Count,
  parsed: Count,
  /** Per article (in `articles` order): how many of `actors`, and of the extraction's warnings, are its own. */
  actors: z.array(Count),
  warnings: z.array(Count),
  /** The folder's `dateline.actors.json` (the reader's corrections), which the merge applies as one ingest would. */
  overrides: z.string().optional(),
});

export const CorpusPart = Corpus.extend({ extraction: ExtractionBlock.optional() });

export type ExtractionBlock = z.infer<typeof ExtractionBlock>;
export type CorpusPart = z.infer<typeof CorpusPart>;

export interface ExtractionInput {
  name?: string;
  articles: Article[];
  /** Listing warnings first (`listed` of them), then parsing's. */
  warnings: Warning[];
  listed: number;
  found: Map<string, ArticleExtraction>;
  shard: Shard;
  overrides?: string;
}

/** A shard's articles and their extractions -> its part, in the order a whole-folder ingest collects them (assemble.ts). */
export function extractionPart({
  name,
  articles,
  warnings,
  listed,
  found,
  shard,
  overrides,
}: ExtractionInput): CorpusPart & { extraction: ExtractionBlock } {
  const checked = Corpus.pick({ articles: true, warnings: true }).parse({ articles, warnings });
  const block: ExtractionBlock = {
    shard: [shard.index, shard.count],
    listed,
    parsed: warnings.length - listed,
    actors: [],
    warnings: [],
    ...(overrides !== undefined ? { overrides } : {}),
  };
  const part: CorpusPart & { extraction: ExtractionBlock } = {
    schemaVersion: SCHEMA_VERSION,
    ...(name ? { name } : {}),
    articles: checked.articles,
    actors: [],
    mentions: [],
    events: [],
    quotes: [],
    warnings: checked.warnings,
    extraction: block,
  };
  for (const a of checked.articles) {
    const x = found.get(a.id);
    // The published event carries the actors extraction chose for it; the merge rebuilds the rest of it.
    part.events.push({ ...publishedEvent(a), actorIds: x?.publishedActorIds ?? [] });
    block.actors.push(x?.actors.length ?? 0);
    block.warnings.push(x?.warnings.length ?? 0);
    if (!x) continue;
    part.actors.push(...x.actors);
    part.mentions.push(...x.mentions);
    part.events.push(...x.events);
    part.quotes.push(...x.quotes);
    part.warnings.push(...x.warnings);
  }
  return part;
}

/** An extraction part's articles, warnings and per-article extractions back, as the ingest had them. */
export function extractionsOf(part: CorpusPart & { extraction: ExtractionBlock }): {
  listing: Warning[];
  parsing: Warning[];
  extractions: Map<string, ArticleExtraction>;
} {
  const block = part.extraction;
  const n = part.articles.length;
  if (block.actors.length !== n || block.warnings.length !== n) throw new Error('its extraction block does not count every article');
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  if (sum(block.actors) !== part.actors.length) throw new Error('its extraction block does not count every actor');
  if (block.listed + block.parsed + sum(block.warnings) !== part.warnings.length)
    throw new Error('its extraction block does not count every warning');
  const byArticle = <T extends { articleId: string }>(items: T[]) => {
    const out = new Map<string, T[]>();
    for (const item of items) {
      const list = out.get(item.articleId);
      if (list) list.push(item);
      else out.set(item.articleId, [item]);
    }
    return out;
  };
  const mentions = byArticle(part.mentions);
  const events = byArticle(part.events);
  const quotes = byArticle(part.quotes);
  const extractions = new Map<string, ArticleExtraction>();
  let actorAt = 0;
  let warningAt = block.listed + block.parsed;
  part.articles.forEach((a, i) => {
    const own = events.get(a.id) ?? [];
    const published = own.find((e) => e.kind === 'published' && e.id === publishedEventId(a.id));
    extractions.set(a.id, {
      actors: part.actors.slice(actorAt, (actorAt += block.actors[i])),
      mentions: mentions.get(a.id) ?? [],
      events: own.filter((e) => e !== published),
      quotes: quotes.get(a.id) ?? [],
      warnings: part.warnings.slice(warningAt, (warningAt += block.warnings[i])),
      publishedActorIds: published?.actorIds ?? [],
    });
  });
  return {
    listing: part.warnings.slice(0, block.listed),
    parsing: part.warnings.slice(block.listed, block.listed + block.parsed),
    extractions,
  };
}
