// The tiled index's search (docs/tiles.md), as Pagefind shards a static
// site's: each title word, folded, keeps its event count and its HITS_PER_TERM
// most salient events; the terms are written in shards by their first
// characters, so a query fetches one small file per word. Memory: one entry
// per distinct word, each capped, whatever the number of events.
import { gzipSync } from 'node:zlib';
import { fold } from '../../corpus/fold';
import { HITS_PER_TERM, shardOf, shardPath, termsOf, type SearchHitRow, type SearchShard } from '../../corpus/tiles';
import type { SpillRow } from './write-tiles';

interface Term {
  count: number;
  hits: SearchHitRow[];
}

/** Most salient first, then earliest: the same order every build. */
const order = (a: SearchHitRow, b: SearchHitRow) => b[3] - a[3] || a[1] - b[1] || (a[0] < b[0] ? -1 : 1);

export class SearchTerms {
  private terms = new Map<string, Term>();

  add(row: SpillRow): void {
    const [event, , day] = row;
    const hit: SearchHitRow = [event[0], day, event[6], event[10]];
    for (const word of termsOf(fold(event[6]))) {
      let term = this.terms.get(word);
      if (!term) this.terms.set(word, (term = { count: 0, hits: [] }));
      term.count++;
      term.hits.push(hit);
      if (term.hits.length >= 2 * HITS_PER_TERM) term.hits = term.hits.sort(order).slice(0, HITS_PER_TERM);
    }
  }

  /** Writes the shards; returns their keys, sorted. */
  write(write: (rel: string, content: Buffer) => void): string[] {
    const shards = new Map<string, SearchShard>();
    for (const [word, term] of [...this.terms].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const key = shardOf(word);
      let shard = shards.get(key);
      if (!shard) shards.set(key, (shard = {}));
      shard[word] = [term.count, term.hits.sort(order).slice(0, HITS_PER_TERM)];
    }
    for (const [key, shard] of shards) write(shardPath(key), gzipSync(JSON.stringify(shard)));
    return [...shards.keys()];
  }
}
