// The tiled index's search (docs/tiles.md), as Pagefind shards a static
// site's: each title word, folded, keeps its event count and its HITS_PER_TERM
// most salient events; the terms are written in shards by their first
// characters, so a query fetches one small file per word. A word in more
// events than that also has pages of all of them (HITS_PER_PAGE each, in the
// order the build reads them: by date), written as they fill, so a reader can
// reach every match. Memory: one entry per distinct word, each capped (its
// best hits and one page being filled), whatever the number of events.
import { gzipSync } from 'node:zlib';
import { fold } from '../../corpus/fold';
import {
  HITS_PER_PAGE,
  HITS_PER_TERM,
  searchPagePath,
  shardOf,
  shardPath,
  termsOf,
  type SearchHitRow,
  type SearchShard,
} from '../../corpus/tiles';
import type { SpillRow } from './write-tiles';

interface Term {
  count: number;
  hits: SearchHitRow[];
  /** The page being filled: every event since the last page written. */
  page: SearchHitRow[];
  /** Its pages' number, from its first page written; its pages written so far. */
  id?: number;
  pages: number;
}

/** Most salient first, then earliest: the same order every build. */
const order = (a: SearchHitRow, b: SearchHitRow) => b[3] - a[3] || a[1] - b[1] || (a[0] < b[0] ? -1 : 1);

export class SearchTerms {
  private terms = new Map<string, Term>();
  private paged = 0;

  constructor(private write: (rel: string, content: Buffer) => void) {}

  add(row: SpillRow): void {
    const [event, , day] = row;
    const hit: SearchHitRow = [event[0], day, event[6], event[10]];
    for (const word of termsOf(fold(event[6]))) {
      let term = this.terms.get(word);
      if (!term) this.terms.set(word, (term = { count: 0, hits: [], page: [], pages: 0 }));
      term.count++;
      term.hits.push(hit);
      if (term.hits.length >= 2 * HITS_PER_TERM) term.hits = term.hits.sort(order).slice(0, HITS_PER_TERM);
      term.page.push(hit);
      if (term.page.length === HITS_PER_PAGE) this.writePage(term);
    }
  }

  private writePage(term: Term): void {
    term.id ??= this.paged++;
    this.write(searchPagePath(term.id, term.pages++), gzipSync(JSON.stringify(term.page)));
    term.page = [];
  }

  /** Writes the shards (and the last page of every term that has pages); returns their keys, sorted. */
  writeShards(): string[] {
    const shards = new Map<string, SearchShard>();
    for (const [word, term] of [...this.terms].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const key = shardOf(word);
      let shard = shards.get(key);
      if (!shard) shards.set(key, (shard = {}));
      const hits = term.hits.sort(order).slice(0, HITS_PER_TERM);
      // A term whose events all fit among its best hits needs no pages.
      if (term.count > HITS_PER_TERM && term.page.length > 0) this.writePage(term);
      shard[word] = term.count > HITS_PER_TERM ? [term.count, hits, [term.id!, term.pages]] : [term.count, hits];
    }
    for (const [key, shard] of shards) this.write(shardPath(key), gzipSync(JSON.stringify(shard)));
    return [...shards.keys()];
  }
}
