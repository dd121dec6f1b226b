// Each actor's own tiles (docs/tiles.md), so a filtered timeline shows the
// actor's events at every zoom, not only those among a window's most salient.
// An actor's tile at level z holds its events there (the TOP_PER_TILE most
// salient when more) and its counts; a tile that holds every one of them is
// complete, and nothing is written below it, so a small actor is one or two
// level-0 files and a large one goes down as far as its events need.
//
// Pass 2 of the build hands every row here; it is spilled once per actor it
// belongs to (its actors and its quotes' speakers, as the page's filter
// counts), to the file of its actor's position modulo SPILL_FILES. At the end
// each spill file is read in turn and each of its actors' tiles written from
// that actor's rows: memory holds one spill file's rows whatever the corpus size.
import { gzipSync } from 'node:zlib';
import { FINEST, TOP_PER_TILE, tilePath, tileOfDay } from '../../corpus/tiles';
import { Spill } from './spill';
import { count1, emptySummary, kindMaskOf, tileOf, topOf, type SpillRow } from './write-tiles';

const SPILL_FILES = 1024;

/** An actor's tiles are `<ACTOR_DIR><position in actors.json>/<z>/<x>.json.gz` under the index's folder. */
export const ACTOR_DIR = 'actor/';

export class ActorPyramids {
  private spill: Spill;
  tiles = 0;

  constructor(tmpDir?: string) {
    this.spill = new Spill(tmpDir);
  }

  /** A row whose actors and speakers are already positions in actors.json. */
  add(row: SpillRow): void {
    const members = new Set(row[0][9]);
    for (const q of row[4]) if (q[2] >= 0) members.add(q[2]);
    if (members.size === 0) return;
    const line = JSON.stringify(row);
    for (const pos of members) this.spill.add(pos % SPILL_FILES, `${pos}\t${line}`);
  }

  write(kindOf: Uint8Array, write: (rel: string, content: Buffer) => void, onProgress?: (message: string) => void): void {
    const keys = this.spill.keys();
    keys.forEach((key, done) => {
      const byActor = new Map<number, SpillRow[]>();
      for (const line of this.spill.read(key)) {
        const tab = line.indexOf('\t');
        const pos = Number(line.slice(0, tab));
        let rows = byActor.get(pos);
        if (!rows) byActor.set(pos, (rows = []));
        rows.push(JSON.parse(line.slice(tab + 1)) as SpillRow);
      }
      for (const [pos, rows] of [...byActor].sort((a, b) => a[0] - b[0])) {
        rows.sort((a, b) => a[2] - b[2] || a[3] - b[3]);
        this.writeLevel(`${ACTOR_DIR}${pos}/`, 0, rows, kindOf, write);
      }
      if ((done + 1) % 64 === 0 || done + 1 === keys.length) onProgress?.(`actor tiles: ${done + 1}/${keys.length} spill files`);
    });
  }

  /** The tiles of level z over these rows (time order), and below those that are not complete. */
  private writeLevel(dir: string, z: number, rows: SpillRow[], kindOf: Uint8Array, write: (rel: string, content: Buffer) => void): void {
    for (let i = 0; i < rows.length;) {
      const x = tileOfDay(z, rows[i][2]);
      const from = i;
      const summary = emptySummary(z);
      for (; i < rows.length && tileOfDay(z, rows[i][2]) === x; i++) count1(summary, z, x, rows[i][2], kindMaskOf(rows[i], kindOf));
      const inTile = rows.slice(from, i);
      const complete = z === FINEST || inTile.length <= TOP_PER_TILE;
      write(dir + tilePath(z, x), gzipSync(JSON.stringify(tileOf(z, x, summary, complete ? inTile : topOf(inTile), complete))));
      this.tiles++;
      if (!complete) this.writeLevel(dir, z + 1, inTile, kindOf, write);
    }
  }

  remove(): void {
    this.spill.remove();
  }
}
