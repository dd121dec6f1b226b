// The corpus contract (README.md, "Article format", and public/corpus.schema.json) as one zod schema:
// the TypeScript types, the published JSON Schema and the validation of what
// the ingest writes all come from here. Imports nothing from the rest of src/.
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

/**
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the number of parts is its precision. Years before
 * 1 CE are ISO 8601's, with a minus and astronomical numbering (`-0479` is 480 BC).
 */
export const PartialDate = z.string().regex(/^-?\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD (-YYYY before 1 CE)');

/** `[start, end)` in UTF-16 code units into the article's `text`. */
export const Span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .refine(([s, e]) => e >= s, 'span end before start');

export const Article = z.object({
  id: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  title: z.string(),
  text: z.string(),
  source: z.string().optional(),
  author: z.string().optional(),
  /** Header lines with keys the contract does not name, kept as they were. */
  meta: z.record(z.string(), z.string()).optional(),
  /** Path of the file relative to the ingested folder. */
  file: z.string().optional(),
});

export const ActorKind = z.enum(['person', 'country', 'organization', 'place', 'group', 'thing']);

export const Actor = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: ActorKind,
  aliases: z.array(z.string()),
  /** A role kept from a stripped title ("Former U.S. ambassador to Russia"). */
  role: z.string().optional(),
  /** For a city: the country actor it belongs to. */
  partOf: z.string().optional(),
  /**
   * Each surface form of the actor's mentions with how many mentions it has
   * (set by the corpus-level resolution), so a reader can see what was merged.
   */
  aliasCounts: z.record(z.string(), z.number().int().nonnegative()).optional(),
});

export const Mention = z.object({
  actorId: z.string(),
  articleId: z.string(),
  span: Span,
});

export const EventKind = z.enum(['published', 'mentioned']);

export const EventDate = z.object({
  start: PartialDate,
  end: PartialDate.optional(),
  approximate: z.boolean().optional(),
});

export const Event = z.object({
  id: z.string().min(1),
  articleId: z.string(),
  kind: EventKind,
  date: EventDate,
  title: z.string(),
  span: Span,
  actorIds: z.array(z.string()),
  /**
   * How much the event matters to the corpus, 0..1, computed at ingest
   * (src/ingest/rank): the timeline shows the most salient titles first.
   */
  salience: z.number().min(0).max(1).optional(),
});

export const Quote = z.object({
  id: z.string().min(1),
  articleId: z.string(),
  text: z.string(),
  speakerId: z.string().nullable(),
  span: Span,
  eventId: z.string().optional(),
});

export const Warning = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  message: z.string(),
});

export const Corpus = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** A name for the collection, e.g. its folder's. */
  name: z.string().optional(),
  articles: z.array(Article),
  actors: z.array(Actor),
  mentions: z.array(Mention),
  events: z.array(Event),
  quotes: z.array(Quote),
  warnings: z.array(Warning),
});

/**
 * What the app loads first: the corpus without article bodies and mentions.
 * Bodies live in body files of a few dozen articles each (`body` names the
 * file), fetched when an article is opened, so the first paint does not wait
 * for megabytes of text.
 */
export const ArticleHead = Article.omit({ text: true }).extend({
  body: z.string().min(1),
  /** Length of the body in UTF-16 code units. */
  length: z.number().int().nonnegative(),
});

export const CorpusIndexFile = Corpus.omit({ articles: true, mentions: true }).extend({
  articles: z.array(ArticleHead),
});

/** The id of an article's own (published) event. */
export function publishedEventId(articleId: string): string {
  return `${articleId}.published`;
}

/** A body file's name is `${article.body}${BODY_FILE_SUFFIX}`, beside the corpus index. */
export const BODY_FILE_SUFFIX = '.json';

/** One body file: article id -> text. */
export const BodyFile = z.record(z.string(), z.string());

/**
 * Splits a corpus into its index and its body files. `fileOf` puts each
 * article in a file; `nameOf` then names each file from its content, so a
 * name changes whenever what it holds does.
 */
export function splitCorpus(
  corpus: Corpus,
  fileOf: (article: Article) => string,
  nameOf: (file: string, content: BodyFile) => string = (file) => file,
): { index: CorpusIndexFile; bodies: Map<string, BodyFile> } {
  const groups = new Map<string, BodyFile>();
  for (const a of corpus.articles) {
    const file = fileOf(a);
    const group = groups.get(file) ?? {};
    group[a.id] = a.text;
    groups.set(file, group);
  }
  const names = new Map([...groups].map(([file, content]) => [file, nameOf(file, content)]));
  const articles = corpus.articles.map(({ text, ...head }) => ({
    ...head,
    body: names.get(fileOf({ ...head, text }))!,
    length: text.length,
  }));
  const { mentions: _mentions, ...rest } = corpus;
  return { index: { ...rest, articles }, bodies: new Map([...groups].map(([file, content]) => [names.get(file)!, content])) };
}

export type PartialDate = z.infer<typeof PartialDate>;
export type Span = z.infer<typeof Span>;
export type Article = z.infer<typeof Article>;
export type ActorKind = z.infer<typeof ActorKind>;
export type Actor = z.infer<typeof Actor>;
export type Mention = z.infer<typeof Mention>;
export type EventKind = z.infer<typeof EventKind>;
export type EventDate = z.infer<typeof EventDate>;
export type CorpusEvent = z.infer<typeof Event>;
export type Quote = z.infer<typeof Quote>;
export type Warning = z.infer<typeof Warning>;
export type Corpus = z.infer<typeof Corpus>;
export type ArticleHead = z.infer<typeof ArticleHead>;
export type CorpusIndexFile = z.infer<typeof CorpusIndexFile>;
export type BodyFile = z.infer<typeof BodyFile>;

/** Checks a corpus against the contract; throws with every problem listed. */
export function validateCorpus(data: unknown): Corpus {
  const result = Corpus.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`corpus does not match the contract:\n  ${problems.join('\n  ')}`);
}

/** The JSON Schema published as `public/corpus.schema.json`. */
export function corpusJsonSchema(): object {
  return z.toJSONSchema(Corpus, { target: 'draft-2020-12' });
}
