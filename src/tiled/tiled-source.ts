// The page's data source for a tiled corpus: fetches the manifest and the
// actors once, then, whenever the window moves, the tiles of the window and a
// margin of one window either side (through the LRU), and hands the views an
// index of those (window-corpus.ts). The previous index stays until the new
// tiles are in, so a pan never shows an empty timeline.
import {
  dayOfLocal,
  FINEST,
  idShardOf,
  idShardPath,
  levelFor,
  tileDays,
  tileOfDay,
  type ActorsFile,
  type ActorTilesFile,
  type IdShard,
  type Tile,
  type TilesManifest,
} from '../corpus/tiles';
import type { TimeWindow } from '../model/corpus-index';
import { useCorpusStore } from '../store/corpus-store';
import { useFilterStore } from '../store/filter-store';
import { revealEvent } from '../store/navigation';
import { parseUrl, windowForDate } from '../store/url-state';
import { clampWindow, fitWindow, useViewStore } from '../store/view-store';
import { checkPartial } from '../corpus/dates';
import { fetchJson, TileCache } from './tile-cache';
import { actorRoots, actorWindowTiles } from './actor-window';
import { TiledSearch, type TiledHits } from './tiled-search';
import {
  overviewLevel,
  tileBuckets,
  localSpan,
  tiledCorpus,
  windowIndex,
  withActors,
  withActorTiles,
  type ActorWindow,
  type Pinned,
  type TiledCorpus,
} from './window-corpus';

/**
 * The tiles a window needs: the level whose tiles are at least the window's
 * width, over the window and one width either side; `from` and `to` are the
 * days they span.
 */
export function tilesFor(manifest: TilesManifest, window: TimeWindow): { z: number; xs: number[]; from: number; to: number } {
  const from = dayOfLocal(window.start);
  const to = dayOfLocal(Math.max(window.start, window.end - 1));
  const days = Math.max(1, to - from + 1);
  const z = levelFor(days);
  const lo = tileOfDay(z, from - days);
  const hi = tileOfDay(z, to + days);
  return { z, xs: manifest.present[z].filter((x) => x >= lo && x <= hi), from: tileDays(z, lo).from, to: tileDays(z, hi).to };
}

/** Resolves after the next frame has painted (a frame's rAF callbacks run before its paint). */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export class TiledSource {
  private wanted = '';
  private tiles: Tile[] = [];
  /** The filtered actors' own tiles over the window (actor-window.ts). */
  private actorWindow: ActorWindow | null = null;
  /** The selected event when the window's tiles lack it (a search hit elsewhere): its day's tile. */
  private pinned: Pinned | null = null;
  private found: TiledHits | null = null;
  private stops: (() => void)[] = [];

  constructor(
    readonly corpus: TiledCorpus,
    private cache: TileCache,
    private search: TiledSearch,
    private rootUrl: string,
    private actorCache = new TileCache(rootUrl + (corpus.manifest.actorDir ?? '')),
  ) {}

  /** Hands the views an index of what is loaded now. */
  publish(): void {
    useCorpusStore
      .getState()
      .setWindowIndex(
        windowIndex(this.corpus, this.tiles, { pinned: this.pinned, search: this.found, actors: this.actorWindow, more: this.readMore }),
      );
  }

  /** The index of the tiles around `window`, and of the filtered actors' own tiles; resolves once they are in and still wanted. */
  async show(window: TimeWindow): Promise<void> {
    const { z, xs, from, to } = tilesFor(this.corpus.manifest, window);
    const actorIds = useFilterStore.getState().actorIds;
    const key = `${z}:${xs.join(',')}|${actorIds.join(',')}`;
    if (key === this.wanted) return;
    this.wanted = key;
    const [tiles, actorTiles] = await Promise.all([
      Promise.all(xs.map((x) => this.cache.get(z, x))),
      this.actorTilesFor(actorIds, z, from, to),
    ]);
    // A new filter: the views first draw it on the events already loaded; the actor's own events
    // (a second layout) come after that frame has painted, not in it.
    if (actorIds.length > 0 && actorIds !== this.actorWindow?.ids) await afterPaint();
    // A later move asked for other tiles meanwhile: its index wins.
    if (this.wanted !== key) return;
    this.tiles = tiles;
    this.actorWindow = actorTiles && { ids: actorIds, tiles: actorTiles };
    this.publish();
  }

  /** The filtered actors' own tiles over days [from, to) at level z; null without a filter or in an index built before them. */
  private async actorTilesFor(actorIds: string[], z: number, from: number, to: number): Promise<Tile[] | null> {
    if (actorIds.length === 0 || this.corpus.manifest.actorDir === undefined) return null;
    await this.loadActorTiles();
    const perActor = await Promise.all(
      actorIds.map((id) => {
        const pos = this.corpus.actorPos.get(id);
        if (pos === undefined) return [];
        return actorWindowTiles(this.actorCache, pos, actorRoots(this.corpus.actorTiles.get(id) ?? []), z, from, to);
      }),
    );
    return perActor.flat();
  }

  /** The sharded search's hits for the query, once its shards are in (and it is still the query). */
  async find(query: string): Promise<void> {
    const q = query.trim();
    const found = q ? await this.search.search(q) : null;
    if (useFilterStore.getState().query.trim() !== q) return;
    this.found = found;
    this.publish();
  }

  private reading: Promise<void> | null = null;

  /** The next hits of the last search (its rarest word's next pages), once; published with the others. */
  more(): Promise<void> {
    const found = this.found;
    if (!found || found.rest.length === 0) return Promise.resolve();
    this.reading ??= this.search
      .more(found)
      .then((next) => {
        // Another query meanwhile: its hits win.
        if (this.found !== found) return;
        this.found = next;
        this.publish();
      })
      .finally(() => (this.reading = null));
    return this.reading;
  }

  /** `more` for the views (the search box's "More results"). */
  private readMore = () => {
    this.more().catch((err: unknown) => console.warn('Dateline: more search results could not be loaded:', err));
  };

  private actors: Promise<void> | null = null;

  /**
   * Fetches and reads the actors file (megabytes at a million articles,
   * inflated and parsed on the main thread: not before the first items unless
   * a link names actors) and publishes an index that names them.
   */
  loadActors(): Promise<void> {
    this.actors ??= fetchJson<ActorsFile>(this.rootUrl + this.corpus.manifest.actorsFile)
      .then((file) => {
        withActors(this.corpus, file);
        this.publish();
      })
      .catch((err: unknown) => {
        console.warn('Dateline: the actors could not be loaded:', err);
        throw err;
      });
    return this.actors;
  }

  private actorTiles: Promise<void> | null = null;

  /** The actors' tile counts, fetched once, on the first actor filter: the overview draws them. */
  loadActorTiles(): Promise<void> {
    // The file lists the actors by their position in the actors file: read once that is in.
    this.actorTiles ??= Promise.all([
      fetchJson<ActorTilesFile>(this.rootUrl + this.corpus.manifest.actorTilesFile),
      this.loadActors(),
    ]).then(([file]) => {
      withActorTiles(this.corpus, file);
      this.publish();
    });
    return this.actorTiles;
  }

  private idShards = new Map<number, Promise<IdShard>>();

  /** An event's first day from the id lookup (docs/tiles.md), or undefined when the corpus has no such event. */
  async locate(id: string): Promise<number | undefined> {
    const bits = this.corpus.manifest.idBits;
    if (bits === undefined) return undefined;
    const key = idShardOf(id, bits);
    let shard = this.idShards.get(key);
    if (!shard) {
      shard = fetchJson<IdShard>(this.rootUrl + idShardPath(key));
      // A failed fetch is not kept: the next look-up asks again.
      shard.catch(() => this.idShards.delete(key));
      this.idShards.set(key, shard);
    }
    // An id whose shard is absent hashes where no event does: it is unknown.
    return (await shard.catch(() => ({}) as IdShard))[id];
  }

  /**
   * Puts an event outside the loaded tiles into the index (a search hit, or a
   * link to it), from its day's tile; the hit's own day when known, else the
   * id lookup's. `stillWanted` says whether it is still wanted once fetched.
   * Resolves to whether the event exists.
   */
  async pinEvent(id: string, stillWanted: () => boolean = () => true): Promise<boolean> {
    if (useCorpusStore.getState().index.eventsById.has(id)) return true;
    const day = this.found?.hits.find((h) => h[0] === id)?.[1] ?? (await this.locate(id));
    if (day === undefined) return false;
    const tile = await this.cache.get(FINEST, tileOfDay(FINEST, day));
    if (!tile.events.some((row) => row[0] === id)) return false;
    if (!stillWanted()) return true;
    this.pinned = { tile, id };
    this.publish();
    return true;
  }

  /** A selected event outside the loaded tiles (a search hit elsewhere): it joins the index, and the window moves to it. */
  async pin(id: string | null): Promise<void> {
    if (id === null || useCorpusStore.getState().index.eventsById.has(id)) return;
    const selected = () => useViewStore.getState().selectedEventId === id;
    if ((await this.pinEvent(id, selected)) && selected()) revealEvent(id);
  }

  /** Follows the view's window, the query and the selection until `close`. */
  follow(): Promise<void> {
    this.close();
    const warn = (err: unknown) => console.warn('Dateline: a tile could not be loaded:', err);
    this.stops.push(
      useViewStore.subscribe((s, prev) => {
        if (s.window && s.window !== prev.window) this.show(s.window).catch(warn);
        if (s.selectedEventId !== prev.selectedEventId) this.pin(s.selectedEventId).catch(warn);
      }),
      useFilterStore.subscribe((s, prev) => {
        if (s.query !== prev.query) this.find(s.query).catch(warn);
        if (s.actorIds.length > 0) this.loadActorTiles().catch(warn);
        const view = useViewStore.getState().window;
        if (s.actorIds !== prev.actorIds && view) this.show(view).catch(warn);
      }),
    );
    const { window: now, selectedEventId } = useViewStore.getState();
    const query = useFilterStore.getState().query;
    const filtered = useFilterStore.getState().actorIds.length > 0;
    return Promise.all([
      now ? this.show(now) : undefined,
      query ? this.find(query) : undefined,
      filtered ? this.loadActorTiles() : undefined,
    ]).then(() => this.pin(selectedEventId));
  }

  close(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
  }
}

/**
 * Starts fetching the tiles of the window the link (or the default) will
 * show while the actors file is fetched and parsed: the first items wait for
 * one of the two, not both in turn. `show` then finds them in the cache.
 */
function prefetchWindow(manifest: TilesManifest, cache: TileCache): void {
  const { state } = parseUrl(window.location.search, window.location.hash, { actorsById: new Map(), eventsById: new Map() });
  const date = state.date && checkPartial(state.date) ? state.date : null;
  const shown = clampWindow(state.window ?? (date ? windowForDate(date) : fitWindow(localSpan(manifest.newsExtent))));
  const { z, xs } = tilesFor(manifest, shown);
  // A failure here is the later `show`'s to report.
  for (const x of xs) cache.get(z, x).catch(() => undefined);
}

/** Fetches the manifest and the actors, and sets an index of no events yet (the extent and actors are known). */
export async function openTiles(manifestUrl: string): Promise<TiledSource> {
  const manifest = await fetchJson<TilesManifest>(manifestUrl);
  if (manifest?.tiles !== 1 || !Array.isArray(manifest.present)) throw new Error(`${manifestUrl} is not a Dateline tiles manifest.`);
  const rootUrl = new URL(manifest.root, new URL(manifestUrl, window.location.href)).href;
  const cache = new TileCache(rootUrl);
  // The overview's coarse tiles: the news span, whatever the window (outliers before it count as "before").
  const z = overviewLevel(manifest);
  const lo = tileOfDay(z, manifest.newsExtent.from);
  const hi = tileOfDay(z, manifest.newsExtent.to);
  // Fetched beside the actors and the window's tiles; the strip fills in when they are in.
  const overview = Promise.all(manifest.present[z].filter((x) => x >= lo && x <= hi).map((x) => cache.get(z, x)));
  prefetchWindow(manifest, cache);
  const corpus = tiledCorpus(manifest, null, []);
  useCorpusStore.getState().setWindowIndex(windowIndex(corpus, []));
  const source = new TiledSource(corpus, cache, new TiledSearch(rootUrl, manifest.shards), rootUrl);
  overview
    .then((tiles) => {
      corpus.overview = tileBuckets(tiles);
      source.publish();
    })
    .catch((err) => console.warn('Dateline: the overview could not be loaded:', err));
  return source;
}
