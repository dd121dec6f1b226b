// The page's data source for a tiled corpus: fetches the manifest and the
// actors once, then, whenever the window moves, the tiles of the window and a
// margin of one window either side (through the LRU), and hands the views an
// index of those (window-corpus.ts). The previous index stays until the new
// tiles are in, so a pan never shows an empty timeline.
import { dayOfLocal, levelFor, tileOfDay, type ActorsFile, type TilesManifest } from '../corpus/tiles';
import type { TimeWindow } from '../model/corpus-index';
import { useCorpusStore } from '../store/corpus-store';
import { useViewStore } from '../store/view-store';
import { fetchJson, TileCache } from './tile-cache';
import { overviewLevel, tiledCorpus, windowIndex, type TiledCorpus } from './window-corpus';

/** The tiles a window needs: the level whose tiles are at least the window's width, over the window and one width either side. */
export function tilesFor(manifest: TilesManifest, window: TimeWindow): { z: number; xs: number[] } {
  const from = dayOfLocal(window.start);
  const to = dayOfLocal(Math.max(window.start, window.end - 1));
  const days = Math.max(1, to - from + 1);
  const z = levelFor(days);
  const lo = tileOfDay(z, from - days);
  const hi = tileOfDay(z, to + days);
  return { z, xs: manifest.present[z].filter((x) => x >= lo && x <= hi) };
}

export class TiledSource {
  private wanted = '';
  private stop: (() => void) | null = null;

  constructor(
    readonly corpus: TiledCorpus,
    private cache: TileCache,
  ) {}

  /** The index of the tiles around `window`; resolves once they are in and still wanted. */
  async show(window: TimeWindow): Promise<void> {
    const { z, xs } = tilesFor(this.corpus.manifest, window);
    const key = `${z}:${xs.join(',')}`;
    if (key === this.wanted) return;
    this.wanted = key;
    const tiles = await Promise.all(xs.map((x) => this.cache.get(z, x)));
    // A later move asked for other tiles meanwhile: its index wins.
    if (this.wanted !== key) return;
    useCorpusStore.getState().setWindowIndex(windowIndex(this.corpus, tiles));
  }

  /** Follows the view's window until `close`. */
  follow(): Promise<void> {
    this.stop?.();
    this.stop = useViewStore.subscribe((s, prev) => {
      if (s.window && s.window !== prev.window)
        this.show(s.window).catch((err) => console.warn('Dateline: a tile could not be loaded:', err));
    });
    const now = useViewStore.getState().window;
    return now ? this.show(now) : Promise.resolve();
  }

  close(): void {
    this.stop?.();
    this.stop = null;
  }
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
  const [actors, ...overview] = await Promise.all([
    fetchJson<ActorsFile>(rootUrl + manifest.actorsFile),
    ...manifest.present[z].filter((x) => x >= lo && x <= hi).map((x) => cache.get(z, x)),
  ]);
  const corpus = tiledCorpus(manifest, actors, overview);
  useCorpusStore.getState().setWindowIndex(windowIndex(corpus, []));
  return new TiledSource(corpus, cache);
}
