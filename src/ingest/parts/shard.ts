// Which shard of a sharded ingest reads which file: a stable hash of the
// file's path relative to the folder, so every file is in exactly one shard,
// a file's shard never depends on the other files (adding articles moves none
// of the old ones), and every machine computes the same slices. Pure.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 0-based, as Kubernetes' JOB_COMPLETION_INDEX. */
  index: number;
  count: number;
}

export const SHARD_USAGE = '--shard K/N takes two whole numbers with 0 <= K < N (e.g. --shard 0/3, --shard 2/3)';

/** `"K/N"` -> the shard, or an error message saying what is wrong. */
export function parseShard(text: string): Shard | string {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return `bad shard "${text}": ${SHARD_USAGE}`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) return `bad shard "${text}": N must be at least 1; ${SHARD_USAGE}`;
  if (index >= count) return `bad shard "${text}": K must be below N (shards are numbered 0 to ${count - 1}); ${SHARD_USAGE}`;
  return { index, count };
}

/** The shard (0..count-1) of a path relative to the ingested folder, `/` separators. */
export function shardOf(relPath: string, count: number): number {
  const h = createHash('sha1').update(relPath).digest();
  // 48 bits of the hash: the modulo of any count a person would use is then uniform.
  return h.readUIntBE(0, 6) % count;
}

export const inShard = (relPath: string, shard: Shard | undefined): boolean => !shard || shardOf(relPath, shard.count) === shard.index;

/**
 * The order a whole-folder ingest reads files in (files.ts walks each folder's
 * entries sorted by name): compared segment by segment, so a merge puts the
 * articles of every shard back in that order.
 */
export function compareWalkOrder(a: string, b: string): number {
  const sa = a.split('/');
  const sb = b.split('/');
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const c = sa[i].localeCompare(sb[i]);
    if (c !== 0) return c;
  }
  return sa.length - sb.length;
}
