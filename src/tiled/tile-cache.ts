// Tiles fetched on demand and kept in a bounded LRU: a reader panning to and
// fro does not fetch twice, and a long visit does not grow without bound.
import { inflate } from '../corpus/inflate';
import { tilePath, type Tile } from '../corpus/tiles';

export async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered HTTP ${res.status}.`);
  return JSON.parse(await inflate(await res.arrayBuffer())) as T;
}

export class TileCache {
  private tiles = new Map<string, Promise<Tile>>();

  constructor(
    private rootUrl: string,
    readonly capacity = 48,
    private load: (url: string) => Promise<Tile> = fetchJson,
  ) {}

  get(z: number, x: number): Promise<Tile> {
    return this.getPath(tilePath(z, x));
  }

  /** A tile by its path under the root (an actor's tiles are under its own folder). */
  getPath(key: string): Promise<Tile> {
    let tile = this.tiles.get(key);
    if (tile) {
      this.tiles.delete(key); // most recent last
    } else {
      tile = this.load(this.rootUrl + key);
      // A failed fetch is not kept: the next window asks again.
      tile.catch(() => this.tiles.get(key) === tile && this.tiles.delete(key));
    }
    this.tiles.set(key, tile);
    while (this.tiles.size > this.capacity) this.tiles.delete(this.tiles.keys().next().value!);
    return tile;
  }

  get size(): number {
    return this.tiles.size;
  }
}
