// Each extraction checked against the contract item by item, where it is made
// (in-process, on a Node worker or in the page's extraction worker), so one
// bad item is dropped, never the run. Pure: no Node API.
import type { Article } from '../corpus/schema';
import {
  Actor as ActorSchema,
  Event as EventSchema,
  Mention as MentionSchema,
  Quote as QuoteSchema,
  Warning as WarningSchema,
} from '../corpus/schema';
import type { ArticleExtraction } from './assemble';
import { extractArticle } from './extract/extract-article';

const PARTS = { actors: ActorSchema, mentions: MentionSchema, events: EventSchema, quotes: QuoteSchema, warnings: WarningSchema } as const;

/**
 * One bad item never costs the run: an actor, mention, event or quote that
 * breaks the contract is dropped with a warning naming the file, and the rest
 * of the article is kept.
 */
export function validateExtraction(x: ArticleExtraction, article: Article): ArticleExtraction {
  const file = article.file ?? `${article.id}.txt`;
  const out = { ...x };
  const problems: string[] = [];
  for (const key of Object.keys(PARTS) as (keyof typeof PARTS)[]) {
    const schema = PARTS[key];
    const kept = (x[key] as unknown[]).filter((item) => {
      const r = schema.safeParse(item);
      if (!r.success && problems.length < 5)
        problems.push(`${key.slice(0, -1)} ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join(', ')}`);
      return r.success;
    });
    if (kept.length !== x[key].length) (out as Record<string, unknown>)[key] = kept;
  }
  if (problems.length) {
    const removed = Object.keys(PARTS).reduce((n, k) => n + x[k as keyof typeof PARTS].length - out[k as keyof typeof PARTS].length, 0);
    out.warnings = [
      ...out.warnings,
      { file, message: `${removed} extracted item(s) broke the contract and were dropped (${problems.join('; ')})` },
    ];
  }
  const ids = new Set(out.actors.map((a) => a.id));
  if (out.mentions.some((m) => !ids.has(m.actorId))) out.mentions = out.mentions.filter((m) => ids.has(m.actorId));
  return out;
}

/** An article's extraction, checked against the contract (what the workers return too). */
export const extractChecked = (a: Article): ArticleExtraction => validateExtraction(extractArticle(a), a);
