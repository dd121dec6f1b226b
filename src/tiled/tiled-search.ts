// Search over a tiled corpus (docs/tiles.md): each word of the query fetches
// the one shard holding the terms it begins (as Pagefind does), and the hits
// of the query's rarest word are kept where their titles hold every word. The
// hits are each term's most salient events, so the first results come from a
// few kilobytes whatever the corpus size.
import { fold } from '../corpus/fold';
import { shardOf, shardPath, termsOf, SHARD_PREFIX, type SearchHitRow, type SearchShard } from '../corpus/tiles';
import { fetchJson } from './tile-cache';

export interface TiledHits {
  query: string;
  /** Most salient first. */
  hits: SearchHitRow[];
  /** Events with a title word the query's first word begins (an upper bound when several terms share it). */
  count: number;
}

/** The hits of one word: every term it begins, in one shard. */
export function wordHits(shard: SearchShard, word: string): { hits: Map<string, SearchHitRow>; count: number } {
  const hits = new Map<string, SearchHitRow>();
  let count = 0;
  for (const [term, [n, rows]] of Object.entries(shard)) {
    if (!term.startsWith(word)) continue;
    count += n;
    for (const row of rows) hits.set(row[0], row);
  }
  return { hits, count };
}

export class TiledSearch {
  private shards = new Map<string, Promise<SearchShard>>();
  private present: Set<string>;

  constructor(
    private rootUrl: string,
    shards: string[],
    private load: (url: string) => Promise<SearchShard> = fetchJson,
  ) {
    this.present = new Set(shards);
  }

  private shard(key: string): Promise<SearchShard> {
    let shard = this.shards.get(key);
    if (!shard) {
      shard = this.present.has(key) ? this.load(this.rootUrl + shardPath(key)) : Promise.resolve({});
      this.shards.set(key, shard);
    }
    return shard;
  }

  async search(query: string): Promise<TiledHits> {
    // A word shorter than a shard key would need every shard: it waits for another letter.
    const words = termsOf(fold(query)).filter((w) => w.length >= SHARD_PREFIX);
    if (words.length === 0) return { query, hits: [], count: 0 };
    const perWord = await Promise.all(words.map(async (w) => wordHits(await this.shard(shardOf(w)), w)));
    // Each word keeps only its most salient events: intersecting those lists would lose an event
    // that is not among the most salient of a common word. The rarest word's list, which holds
    // all of its events when they are few, is checked against the other words in each title instead.
    const rarest = perWord.reduce((a, b) => (b.count < a.count ? b : a));
    const hits = [...rarest.hits.values()].filter((h) => {
      const terms = termsOf(fold(h[2]));
      return words.every((w) => terms.some((t) => t.startsWith(w)));
    });
    hits.sort((a, b) => b[3] - a[3] || a[1] - b[1]);
    return { query, hits, count: perWord.length === 1 ? perWord[0].count : hits.length };
  }
}
