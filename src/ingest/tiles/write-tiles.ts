// Pass 2 of the tile build (build-tiles.ts): one spill file's events at a
// time become every tile of SPILL_LEVEL and below; the coarser levels' counts
// and most salient events are folded into one accumulator per tile, written
// after the last spill file.
import { gzipSync } from 'node:zlib';
import {
  ACTOR_KINDS,
  FINEST,
  LEVEL_DAYS,
  TOP_PER_TILE,
  bucketDays,
  bucketsAt,
  tileDays,
  tileOfDay,
  tilePath,
  type ArticleRow,
  type Tile,
  type TileEventRow,
  type TileQuoteRow,
} from '../../corpus/tiles';
import type { ActorPyramids } from './actor-pyramids';
import type { SearchTerms } from './search-terms';
import type { Spill } from './spill';

/** Events are spilled per tile of this level; its tiles and those below are written from one spill file. */
export const SPILL_LEVEL = 3;

/** A quote spilled with its event: speaker as an actor ordinal of pass 1 (-1: none). */
export type SpillQuote = [id: string, text: string, speaker: number, spanStart: number, spanEnd: number];

/** A spilled event: its tile row (article position still unknown: -1), its article, its day, its place in the input, its quotes. */
export type SpillRow = [event: TileEventRow, article: ArticleRow, day: number, seq: number, quotes: SpillQuote[]];

export interface Summary {
  count: number;
  buckets: number[];
  kinds: number[];
}

interface CoarseAcc extends Summary {
  top: SpillRow[];
}

/** Pass 2: each spill file's tiles, then the coarse levels' from their accumulators. */
export function writeTiles(
  spill: Spill,
  order: Int32Array,
  kindOf: Uint8Array,
  write: (rel: string, content: Buffer) => void,
  search: SearchTerms,
  pyramids: ActorPyramids,
  onProgress?: (message: string) => void,
) {
  const present: number[][] = LEVEL_DAYS.map(() => []);
  const coarse = new Map<string, CoarseAcc>();
  let count = 0;
  const emit = (z: number, x: number, summary: Summary, rows: SpillRow[], complete: boolean) => {
    write(tilePath(z, x), gzipSync(JSON.stringify(tileOf(z, x, summary, rows, complete))));
    present[z].push(x);
    count++;
  };
  const kindMask = (row: SpillRow) => kindMaskOf(row, kindOf);
  const keys = spill.keys();
  keys.forEach((key, done) => {
    const rows = spill.read(key).map((line) => {
      const row = JSON.parse(line) as SpillRow;
      row[0][9] = row[0][9].map((ord) => order[ord]);
      for (const q of row[4]) if (q[2] >= 0) q[2] = order[q[2]];
      return row;
    });
    rows.sort((a, b) => a[2] - b[2] || a[3] - b[3]);
    for (const row of rows) {
      search.add(row);
      pyramids.add(row);
    }
    const masks = rows.map(kindMask);
    for (let z = SPILL_LEVEL; z <= FINEST; z++) {
      for (let i = 0; i < rows.length;) {
        const x = tileOfDay(z, rows[i][2]);
        const summary = emptySummary(z);
        const from = i;
        for (; i < rows.length && tileOfDay(z, rows[i][2]) === x; i++) count1(summary, z, x, rows[i][2], masks[i]);
        const inTile = rows.slice(from, i);
        emit(z, x, summary, z === FINEST ? inTile : topOf(inTile), z === FINEST);
      }
    }
    // The coarse levels: this spill tile lies in one tile of each.
    const best = topOf(rows);
    for (let z = 0; z < SPILL_LEVEL; z++) {
      const x = tileOfDay(z, rows[0][2]);
      const k = `${z}/${x}`;
      let acc = coarse.get(k);
      if (!acc) coarse.set(k, (acc = { ...emptySummary(z), top: [] }));
      rows.forEach((row, i) => count1(acc, z, x, row[2], masks[i]));
      acc.top.push(...best);
      if (acc.top.length > 2 * TOP_PER_TILE) acc.top = bySalience(acc.top).slice(0, TOP_PER_TILE);
    }
    onProgress?.(`tiles: ${done + 1}/${keys.length} spill files`);
  });
  for (const [k, acc] of [...coarse].sort()) {
    const [z, x] = k.split('/').map(Number);
    emit(z, x, acc, topOf(acc.top), false);
  }
  for (const list of present) list.sort((a, b) => a - b);
  return { present, count };
}

/** The kinds of a row's actors, one bit per ACTOR_KINDS entry. */
export function kindMaskOf(row: SpillRow, kindOf: Uint8Array): number {
  let mask = 0;
  for (const a of row[0][9]) mask |= 1 << kindOf[a];
  return mask;
}

export const emptySummary = (z: number): Summary => ({
  count: 0,
  buckets: new Array<number>(bucketsAt(z)).fill(0),
  kinds: ACTOR_KINDS.map(() => 0),
});

export function count1(summary: Summary, z: number, x: number, day: number, mask: number): void {
  summary.count++;
  summary.buckets[Math.floor((day - tileDays(z, x).from) / bucketDays(z))]++;
  for (let k = 0; k < ACTOR_KINDS.length; k++) if (mask & (1 << k)) summary.kinds[k]++;
}

/** Most salient first; ties in input order, so the build is the same on every run. */
const bySalience = (rows: SpillRow[]) => [...rows].sort((a, b) => b[0][10] - a[0][10] || a[3] - b[3]);

/** The TOP_PER_TILE most salient, back in time order. */
export function topOf(rows: SpillRow[]): SpillRow[] {
  if (rows.length <= TOP_PER_TILE) return rows;
  return bySalience(rows)
    .slice(0, TOP_PER_TILE)
    .sort((a, b) => a[2] - b[2] || a[3] - b[3]);
}

export function tileOf(z: number, x: number, summary: Summary, rows: SpillRow[], complete: boolean): Tile {
  const articles: ArticleRow[] = [];
  const articleAt = new Map<string, number>();
  const quotes: TileQuoteRow[] = [];
  const events = rows.map(([event, article, , , said], i): TileEventRow => {
    let at = articleAt.get(article[0]);
    if (at === undefined) articleAt.set(article[0], (at = articles.push(article) - 1));
    for (const [id, text, speaker, s, e] of said) quotes.push([id, i, text, speaker, s, e]);
    const row: TileEventRow = [...event];
    row[1] = at;
    return row;
  });
  return { z, x, count: summary.count, buckets: summary.buckets, kinds: summary.kinds, complete, events, articles, quotes };
}
