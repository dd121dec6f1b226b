// An actor filter over a tiled corpus: the filtered actor's own tiles
// (docs/tiles.md, src/ingest/tiles/actor-pyramids.ts) over the window, so the
// timeline shows that actor's events at every zoom, every one of them once
// zoomed in. The walk starts at the level-0 tiles the actor has events in and
// goes down, through the tiles that are not complete, to the window's level;
// a parent's buckets say which of its children hold events, so no request is
// made for an empty one.
import { ACTOR_LEVEL, LEVEL_DAYS, bucketDays, tileDays, tilePath, type Tile } from '../corpus/tiles';
import type { TileCache } from './tile-cache';

/** The level-0 tiles an actor has events in, from its counts per ACTOR_LEVEL tile (the actor tiles file). */
export function actorRoots(perTile: [x: number, count: number][]): number[] {
  const ratio = LEVEL_DAYS[0] / LEVEL_DAYS[ACTOR_LEVEL];
  return [...new Set(perTile.filter(([, n]) => n > 0).map(([x]) => Math.floor(x / ratio)))];
}

/** Whether a tile's buckets count any event in days [from, to). */
function holdsEvents(tile: Tile, from: number, to: number): boolean {
  const start = tileDays(tile.z, tile.x).from;
  const days = bucketDays(tile.z);
  const first = Math.max(0, Math.floor((from - start) / days));
  const last = Math.min(tile.buckets.length, Math.ceil((to - start) / days));
  for (let b = first; b < last; b++) if (tile.buckets[b] > 0) return true;
  return false;
}

/**
 * The actor's tiles covering days [from, to): at level `z`, or a coarser one
 * that holds every event of the actor in its span. `cache` is rooted at the
 * index's actor folder; `pos` is the actor's position in the actors file.
 */
export async function actorWindowTiles(
  cache: TileCache,
  pos: number,
  roots: number[],
  z: number,
  from: number,
  to: number,
): Promise<Tile[]> {
  const walk = async (level: number, x: number): Promise<Tile[]> => {
    const span = tileDays(level, x);
    if (span.to <= from || span.from >= to) return [];
    const tile = await cache.getPath(`${pos}/${tilePath(level, x)}`);
    if (tile.complete || level >= z) return [tile];
    const ratio = LEVEL_DAYS[level] / LEVEL_DAYS[level + 1];
    const children: Promise<Tile[]>[] = [];
    for (let c = 0; c < ratio; c++) {
      const cx = x * ratio + c;
      const child = tileDays(level + 1, cx);
      if (holdsEvents(tile, Math.max(child.from, from), Math.min(child.to, to))) children.push(walk(level + 1, cx));
    }
    return (await Promise.all(children)).flat();
  };
  return (await Promise.all(roots.map((x) => walk(0, x)))).flat();
}
