// The tiled index (docs/tiles.md): the corpus cut by time into tiles at
// several zoom levels, as map tiles cut the world, so a page fetches what its
// window shows and never the whole corpus. This file is the format, shared by
// the builder (Node) and the page: levels, tile and bucket arithmetic on
// calendar days, and the shapes of the files.
import fnv1a from '@sindresorhus/fnv1a';
import type { ActorKind } from './schema';

export const TILES_VERSION = 1;

/** Days a tile spans at each level, coarsest first: about 45 years down to one day. */
export const LEVEL_DAYS = [16384, 4096, 1024, 256, 64, 16, 4, 1] as const;
export const FINEST = LEVEL_DAYS.length - 1;
/** Per-actor counts are kept per tile of this level (about 2.8 years). */
export const ACTOR_LEVEL = 2;
/** A tile above the finest level keeps this many events, the most salient. */
export const TOP_PER_TILE = 200;
/** A tile's counts are per bucket of whole days: at most this many buckets. */
export const MAX_BUCKETS = 64;
/** Titles kept in tiles are cut at this many characters (a label shows two lines of about 50). */
export const TITLE_MAX = 110;

export const ACTOR_KINDS: readonly ActorKind[] = ['person', 'country', 'organization', 'place', 'group', 'thing'];

const DAY_MS = 864e5;

/** A partial date's first calendar day, counted from 1970-01-01 (negative before), free of time zones. */
export function dayOfPartial(partial: string): number {
  const neg = partial.startsWith('-');
  const [y, m = '1', d = '1'] = (neg ? partial.slice(1) : partial).split('-');
  const date = new Date(0);
  date.setUTCFullYear(neg ? -Number(y) : Number(y), Number(m) - 1, Number(d));
  return Math.floor(date.getTime() / DAY_MS);
}

/** The calendar day of a local instant (the timeline's axis is local time). */
export function dayOfLocal(ms: number): number {
  const d = new Date(ms);
  const utc = new Date(0);
  utc.setUTCFullYear(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.floor(utc.getTime() / DAY_MS);
}

/** The local instant a calendar day starts at. */
export function localOfDay(day: number): number {
  const utc = new Date(day * DAY_MS);
  const d = new Date(2000, 0, 1);
  d.setFullYear(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  return d.getTime();
}

export const tileOfDay = (level: number, day: number): number => Math.floor(day / LEVEL_DAYS[level]);
export const bucketsAt = (level: number): number => Math.min(MAX_BUCKETS, LEVEL_DAYS[level]);
export const bucketDays = (level: number): number => LEVEL_DAYS[level] / bucketsAt(level);

/** First day of a tile and first day after it. */
export function tileDays(level: number, x: number): { from: number; to: number } {
  return { from: x * LEVEL_DAYS[level], to: (x + 1) * LEVEL_DAYS[level] };
}

/** The finest level whose tiles are at least as wide as `days`: a window covers two or three of them. */
export function levelFor(days: number): number {
  for (let z = FINEST; z >= 0; z--) if (LEVEL_DAYS[z] >= days) return z;
  return 0;
}

/** An article as a tile carries it: what the event pane shows before the body is fetched. */
export type ArticleRow = [id: string, date: string, title: string, body: string, length: number, source: string | 0];

/**
 * An event as a tile carries it. `article` is a position in the tile's
 * `articles`, `actors` positions in actors.json's list.
 */
export type TileEventRow = [
  id: string,
  article: number,
  kind: 0 | 1,
  start: string,
  end: string | 0,
  approximate: 0 | 1,
  title: string,
  spanStart: number,
  spanEnd: number,
  actors: number[],
  salience: number,
];

/**
 * A quote as a tile carries it, with the event it belongs to: `event` is a
 * position in the tile's `events` (the quote's article is that event's),
 * `speaker` a position in actors.json's list or -1 (no speaker, or an unknown one).
 */
export type TileQuoteRow = [id: string, event: number, text: string, speaker: number, spanStart: number, spanEnd: number];

/** One tile: `z/x.json.gz` under the index's folder. */
export interface Tile {
  z: number;
  x: number;
  /** Events starting in the tile. */
  count: number;
  /** Events per bucket of `bucketDays(z)` days, from the tile's first day. */
  buckets: number[];
  /** Events with at least one actor of each kind, in ACTOR_KINDS order. */
  kinds: number[];
  /** True at the finest level: `events` is every event of the tile; above it the TOP_PER_TILE most salient. */
  complete: boolean;
  /** Time order. */
  events: TileEventRow[];
  articles: ArticleRow[];
  /** The quotes of `events` (a quote naming no event: its article's published event's). Absent in tiles built before quotes. */
  quotes?: TileQuoteRow[];
}

/** An actor in the actors file: the corpus's actors, most events first. */
export type ActorRow = [id: string, name: string, kind: ActorKind, events: number];

export interface ActorsFile {
  actors: ActorRow[];
  /**
   * The actors' positions in the Actors panel's name order (src/corpus/name-order.ts),
   * so the page sorts none of them; absent in indexes built before it.
   */
  byName?: number[];
}

/**
 * Each actor's events per tile of `level`, in the actors file's order: apart
 * from the actors, as only an actor filter needs them (a third of the bytes).
 */
export interface ActorTilesFile {
  level: number;
  perTile: [x: number, count: number][][];
}

/** The one file the page fetches first; it names everything else. */
export interface TilesManifest {
  tiles: typeof TILES_VERSION;
  name?: string;
  /** The folder every other file is in, relative to the manifest, ending in '/'. */
  root: string;
  articles: number;
  events: number;
  /** Calendar days: the first and last days of any event, and of the articles' own dates. */
  extent: { from: number; to: number };
  newsExtent: { from: number; to: number };
  levelDays: number[];
  /** Per level, the tiles that exist (sorted x). */
  present: number[][];
  /** Search shard keys (shardPath), sorted. */
  shards: string[];
  /** The actors file and the actors' tile counts, under root. */
  actorsFile: string;
  actorTilesFile: string;
  /** Body files are `articles/<body>.json` under root. */
  articlesDir: string;
  /** Event ids are looked up in 2^idBits shards (idShardOf); absent in indexes built before the lookup. */
  idBits?: number;
  /**
   * Each actor's own tiles: `<actorDir><position in the actors file>/<z>/<x>.json.gz`,
   * from level 0 down to the first tile that holds every event of the actor
   * in its span (`complete`). Absent in indexes built before them.
   */
  actorDir?: string;
}

export const tilePath = (z: number, x: number): string => `${z}/${x}.json.gz`;

/** The first calendar day after the period a partial date names (2019 -> 2020-01-01, 2019-03 -> 2019-04-01). */
export function dayAfterPartial(partial: string): number {
  const neg = partial.startsWith('-');
  const parts = (neg ? partial.slice(1) : partial).split('-').map(Number);
  const date = new Date(0);
  const y = neg ? -parts[0] : parts[0];
  if (parts.length === 1) date.setUTCFullYear(y + 1, 0, 1);
  else if (parts.length === 2) date.setUTCFullYear(y, parts[1], 1);
  else date.setUTCFullYear(y, parts[1] - 1, parts[2] + 1);
  return Math.floor(date.getTime() / DAY_MS);
}

/** A search shard holds the terms starting with its key: their first SHARD_PREFIX characters. */
export const SHARD_PREFIX = 2;
/** Events kept per term, the most salient: the first results, not every match. */
export const HITS_PER_TERM = 32;

/** A title's search terms: folded words (src/corpus/fold.ts) of two characters or more, once each. */
export function termsOf(folded: string): string[] {
  return [...new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2))];
}

export const shardOf = (term: string): string => term.slice(0, SHARD_PREFIX);
/** Shard file under the index's folder; the key is URI-encoded (terms are any script). */
export const shardPath = (key: string): string => `search/${encodeURIComponent(key)}.json.gz`;

/** One hit: the event's id, its first calendar day (its finest tile), its title, its salience. */
export type SearchHitRow = [id: string, day: number, title: string, salience: number];

/**
 * A shard: each term -> the number of events it is in and its most salient
 * ones; a term in more events than those also names its pages (`more`).
 */
export type SearchShard = Record<string, [count: number, hits: SearchHitRow[], more?: SearchMore]>;

/** A term's pages: every event it is in, HITS_PER_PAGE a page, in the build's order (by date), at `searchPagePath(id, k)`. */
export type SearchMore = [id: number, pages: number];
/** Events a search page holds (the last page of a term fewer). */
// 256, not 64: at 100,000 generated articles 64 made 79,624 page files (160 MB gzip), 256 about 22,400 of the same bytes.
export const HITS_PER_PAGE = 256;
/** Page k (from 0) of the term numbered `id`: a gzipped JSON array of SearchHitRow. */
export const searchPagePath = (id: number, k: number): string => `search/more/${id}/${k}.json.gz`;

/** An id shard is about this many events at most: the build picks idBits from the event count. */
export const IDS_PER_SHARD = 4096;

/** Bits of an id's hash that name its shard: enough that no shard holds much more than IDS_PER_SHARD ids. */
export function idBitsFor(events: number): number {
  return Math.min(16, Math.max(0, Math.ceil(Math.log2(Math.max(1, events) / IDS_PER_SHARD))));
}

/** The shard of an event id: the top `bits` of its 32-bit FNV-1a hash, the same in Node and the page. */
export const idShardOf = (id: string, bits: number): number => (bits === 0 ? 0 : Number(fnv1a(id)) >>> (32 - bits));
export const idShardPath = (shard: number): string => `ids/${shard}.json.gz`;

/** An id shard: each event id of the shard -> its first calendar day (its finest tile). */
export type IdShard = Record<string, number>;
