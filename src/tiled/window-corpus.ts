// A tiled corpus's index of what is loaded: the events of the window's tiles
// as an ordinary corpus index, so every view reads one interface whether the
// corpus came whole or in tiles. Pure.
import { EVENT_KINDS } from '../corpus/wire';
import {
  bucketDays,
  levelFor,
  localOfDay,
  tileDays,
  type ActorsFile,
  type ActorTilesFile,
  type Tile,
  type TileQuoteRow,
  type TilesManifest,
} from '../corpus/tiles';
import type { Actor, ArticleHead, CorpusEvent, CorpusIndexFile, Quote } from '../corpus/schema';
import { SCHEMA_VERSION } from '../corpus/schema';
import { adoptCountOrder, adoptNameOrder } from '../corpus/name-order';
import type { TiledHits } from './tiled-search';
import { actorMaps, indexCorpus, type ActorMaps, type CorpusIndex, type TiledInfo, type TimeBucket } from '../model/corpus-index';

/** What the whole corpus contributes to every window's index: its actors and their totals. */
export interface TiledCorpus {
  manifest: TilesManifest;
  /** The whole corpus per coarse bucket (the overview level's tiles). */
  overview: TimeBucket[];
  actors: Actor[];
  /** True until the actors file is in: `actors` is empty and events are indexed without theirs. */
  actorsPending: boolean;
  /** Each actor's position in the actors file: the folder of its own tiles. */
  actorPos: Map<string, number>;
  /** Every window index's actor look-ups, built once (actorPos is its actorIndex). */
  actorMaps: ActorMaps;
  actorTotals: Map<string, number>;
  /** Each actor's events per tile of `actorLevel`: empty until an actor filter fetches them (withActorTiles). */
  actorTiles: Map<string, [x: number, count: number][]>;
  actorLevel: number;
}

/**
 * `file` null: the actors file is not in yet (a million articles' is megabytes,
 * and the first items need none of it): `actorsPending`, no actors, and the
 * window's events without theirs until withActors.
 */
export function tiledCorpus(manifest: TilesManifest, file: ActorsFile | null, overviewTiles: Tile[]): TiledCorpus {
  const tc: TiledCorpus = {
    manifest,
    overview: tileBuckets(overviewTiles),
    actors: [],
    actorsPending: true,
    actorPos: new Map(),
    actorMaps: { actorIndex: new Map(), actorsById: new Map() },
    actorTotals: new Map(),
    actorTiles: new Map(),
    actorLevel: 0,
  };
  if (file) withActors(tc, file);
  return tc;
}

/** Takes in the actors file: every later window index names its events' actors. */
export function withActors(tc: TiledCorpus, file: ActorsFile): void {
  tc.actors = file.actors.map(([id, name, kind]): Actor => ({ id, name, kind, aliases: [] }));
  tc.actorMaps = actorMaps(tc.actors);
  tc.actorPos = tc.actorMaps.actorIndex;
  tc.actorTotals = new Map(file.actors.map(([id, , , events]) => [id, events]));
  // The build's name and count orders: the Actors panel's first render sorts and buckets nothing (166,000 actors
  // at a million articles).
  if (file.byName && adoptNameOrder(tc.actors, file.byName)) {
    adoptCountOrder(
      tc.actors,
      tc.actorTotals,
      file.actors.map((a) => a[3]),
      file.byName,
    );
  }
  tc.actorsPending = false;
}

/** Calendar days [from, to] as a local-time window. */
export const localSpan = (extent: { from: number; to: number }) => ({ start: localOfDay(extent.from), end: localOfDay(extent.to + 1) });

/** The filtered actors' own tiles over the window (actor-window.ts). */
export interface ActorWindow {
  ids: string[];
  tiles: Tile[];
}

/** An event shown although the window's tiles lack it (a search hit), from its day's tile. */
export interface Pinned {
  tile: Tile;
  id: string;
}

/** The index of these tiles' events (all of one level), with the whole corpus's extent, actors and totals. */
export function windowIndex(
  tc: TiledCorpus,
  tiles: Tile[],
  extra: { pinned?: Pinned | null; search?: TiledHits | null; actors?: ActorWindow | null; more?: () => void } = {},
): CorpusIndex {
  const events: CorpusEvent[] = [];
  const quotes: Quote[] = [];
  const articles = new Map<string, ArticleHead>();
  const seen = new Set<string>();
  const add = (tile: Tile, at: number, said: TileQuoteRow[]) => {
    const [id, a, kind, start, end, approximate, title, s, e, actorRefs, salience] = tile.events[at];
    if (seen.has(id)) return;
    seen.add(id);
    const [articleId, published, headline, body, length, source] = tile.articles[a];
    if (!articles.has(articleId)) {
      const head: ArticleHead = { id: articleId, date: published, title: headline, body, length };
      if (source) head.source = source;
      articles.set(articleId, head);
    }
    const date: CorpusEvent['date'] = { start };
    if (end) date.end = end;
    if (approximate) date.approximate = true;
    // Before the actors file is in, nothing names them: the events and quotes gain theirs on the next index.
    const actorIds = tc.actorsPending ? [] : actorRefs.map((r) => tc.actors[r].id);
    events.push({ id, articleId, kind: EVENT_KINDS[kind], date, title, span: [s, e], actorIds, salience });
    for (const [qid, , text, speaker, qs, qe] of said) {
      const speakerId = speaker >= 0 && !tc.actorsPending ? tc.actors[speaker].id : null;
      quotes.push({ id: qid, articleId, text, speakerId, span: [qs, qe], eventId: id });
    }
  };
  const addTile = (tile: Tile, only?: string) => {
    const said = quotesByRow(tile);
    tile.events.forEach((row, at) => {
      if (only === undefined || row[0] === only) add(tile, at, said.get(at) ?? []);
    });
  };
  for (const tile of [...tiles].sort((a, b) => a.z - b.z || a.x - b.x)) addTile(tile);
  for (const tile of extra.actors?.tiles ?? []) addTile(tile);
  if (extra.pinned) addTile(extra.pinned.tile, extra.pinned.id);
  const corpus: CorpusIndexFile = {
    schemaVersion: SCHEMA_VERSION,
    name: tc.manifest.name,
    articles: [...articles.values()],
    actors: tc.actors,
    events,
    quotes,
    warnings: [],
  };
  const { manifest } = tc;
  const index = indexCorpus(corpus, tc.actorMaps);
  return {
    ...index,
    extent: localSpan(manifest.extent),
    newsExtent: localSpan(manifest.newsExtent),
    tiled: {
      events: manifest.events,
      articles: manifest.articles,
      actorTotals: tc.actorTotals,
      buckets: tileBuckets(tiles),
      overview: tc.overview,
      actorBuckets: (ids) => actorBuckets(tc, ids),
      search: extra.search ? { ...extra.search, more: extra.search.rest.length > 0 ? extra.more : undefined } : undefined,
      // A coarse tile with no more events than it keeps holds them all, as a finest one does.
      complete: tiles.length > 0 && tiles.every((t) => t.complete || t.events.length === t.count),
      filtered: extra.actors ? actorCounts(index, extra.actors) : undefined,
      actorsPending: tc.actorsPending || undefined,
    },
  };
}

/**
 * One actor's counts in the window from its own tiles, and which loaded events
 * are its: the timeline's counts under that filter when its tiles hold only
 * its most salient events. Undefined when its tiles hold every one (the loaded
 * events are the count) or several actors are filtered (their tiles' counts
 * overlap).
 */
function actorCounts(index: CorpusIndex, actors: ActorWindow): TiledInfo['filtered'] {
  if (actors.ids.length !== 1 || actors.tiles.every((t) => t.complete)) return undefined;
  const at = index.actorIndex.get(actors.ids[0]);
  const mask = new Uint8Array(index.eventsInOrder.length);
  for (let i = 0; i < mask.length; i++) {
    for (let k = index.eventActorStart[i]; k < index.eventActorStart[i + 1]; k++) if (index.eventActors[k] === at) mask[i] = 1;
  }
  return { mask, buckets: tileBuckets(actors.tiles) };
}

/** A tile's quotes by the position of their event in its rows. */
function quotesByRow(tile: Tile): Map<number, TileQuoteRow[]> {
  const out = new Map<number, TileQuoteRow[]>();
  for (const q of tile.quotes ?? []) {
    const list = out.get(q[1]);
    if (list) list.push(q);
    else out.set(q[1], [q]);
  }
  return out;
}

/** The tiles' non-empty buckets in local time, in time order. */
export function tileBuckets(tiles: Tile[]): TimeBucket[] {
  const out: TimeBucket[] = [];
  for (const tile of [...tiles].sort((a, b) => a.z - b.z || a.x - b.x)) {
    const { from } = tileDays(tile.z, tile.x);
    const days = bucketDays(tile.z);
    tile.buckets.forEach((count, b) => {
      if (count > 0) out.push({ start: localOfDay(from + b * days), end: localOfDay(from + (b + 1) * days), count });
    });
  }
  return out;
}

/** The level the overview counts come from: the finest whose tiles are at least a quarter of the news span (a handful of tiles). */
export function overviewLevel(manifest: TilesManifest): number {
  return levelFor(Math.max(1, (manifest.newsExtent.to - manifest.newsExtent.from + 1) / 4));
}

/** The actors' events per tile of the actors file's level, summed (an event of two of them counts twice). */
export function actorBuckets(tc: TiledCorpus, ids: string[]): TimeBucket[] {
  const perTile = new Map<number, number>();
  for (const id of ids) for (const [x, n] of tc.actorTiles.get(id) ?? []) perTile.set(x, (perTile.get(x) ?? 0) + n);
  return [...perTile]
    .sort((a, b) => a[0] - b[0])
    .map(([x, count]) => {
      const { from, to } = tileDays(tc.actorLevel, x);
      return { start: localOfDay(from), end: localOfDay(to), count };
    });
}

/** Takes in the actors' tile counts (the file in actors file order). */
export function withActorTiles(tc: TiledCorpus, file: ActorTilesFile): void {
  tc.actorLevel = file.level;
  tc.actorTiles = new Map(tc.actors.map((a, i) => [a.id, file.perTile[i] ?? []]));
}
