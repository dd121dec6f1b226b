// The event id lookup of the tiled index (docs/tiles.md): a link to any event
// finds its day, so the page fetches that day's tile and opens it wherever it
// is. Ids are spilled by the top byte of their hash while the events stream
// past (the event count, which sets the shard count, is known only at the
// end); each shard is then written from one spill file or a few, so memory
// holds one shard's ids whatever the corpus size.
import { gzipSync } from 'node:zlib';
import { idBitsFor, idShardOf, idShardPath, type IdShard } from '../../corpus/tiles';
import { Spill } from './spill';

const SPILL_BITS = 8;

export class IdShards {
  private spill: Spill;

  constructor(tmpDir?: string) {
    this.spill = new Spill(tmpDir);
  }

  add(id: string, day: number): void {
    this.spill.add(idShardOf(id, SPILL_BITS), JSON.stringify([id, day]));
  }

  /** Writes the shards of `events` ids; returns the manifest's idBits. */
  write(events: number, write: (rel: string, content: Buffer) => void): number {
    const bits = idBitsFor(events);
    // A shard is 2^(SPILL_BITS - bits) spill files when coarser than the spill, a part of one when finer.
    const groups = new Map<number, number[]>();
    for (const key of this.spill.keys()) {
      const group = bits <= SPILL_BITS ? key >>> (SPILL_BITS - bits) : key;
      groups.set(group, [...(groups.get(group) ?? []), key]);
    }
    for (const keys of groups.values()) {
      const shards = new Map<number, IdShard>();
      for (const key of keys) {
        for (const line of this.spill.read(key)) {
          const [id, day] = JSON.parse(line) as [string, number];
          const shard = idShardOf(id, bits);
          let ids = shards.get(shard);
          if (!ids) shards.set(shard, (ids = {}));
          ids[id] = day;
        }
      }
      for (const [shard, ids] of shards) write(idShardPath(shard), gzipSync(JSON.stringify(ids)));
    }
    return bits;
  }

  remove(): void {
    this.spill.remove();
  }
}
