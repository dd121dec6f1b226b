// Search over a tiled corpus (docs/tiles.md): each word of the query fetches
// the one shard holding the terms it begins (as Pagefind does), and the hits
// of the query's rarest word are kept where their titles hold every word. The
// hits are each term's most salient events, so the first results come from a
// few kilobytes whatever the corpus size.
import { fold } from '../corpus/fold';
import {
  searchPagePath,
  shardOf,
  shardPath,
  termsOf,
  SHARD_PREFIX,
  type SearchHitRow,
  type SearchMore,
  type SearchShard,
} from '../corpus/tiles';
import { fetchJson } from './tile-cache';

export interface TiledHits {
  query: string;
  /** Most salient first; then those of the pages read since (`more`), in their order. */
  hits: SearchHitRow[];
  /** Events with a title word the query's first word begins (an upper bound when several terms share it). */
  count: number;
  /** The pages not read yet of the rarest word's terms (docs/tiles.md), in reading order: [term's pages id, page]. */
  rest: [id: number, page: number][];
}

/** The hits of one word: every term it begins, in one shard, and those terms' pages, the most frequent term's first. */
export function wordHits(shard: SearchShard, word: string): { hits: Map<string, SearchHitRow>; count: number; pages: TiledHits['rest'] } {
  const hits = new Map<string, SearchHitRow>();
  let count = 0;
  const paged: [count: number, more: SearchMore][] = [];
  for (const [term, [n, rows, more]] of Object.entries(shard)) {
    if (!term.startsWith(word)) continue;
    count += n;
    for (const row of rows) hits.set(row[0], row);
    if (more) paged.push([n, more]);
  }
  paged.sort((a, b) => b[0] - a[0] || a[1][0] - b[1][0]);
  const pages = paged.flatMap(([, [id, n]]) => Array.from({ length: n }, (_, k): [number, number] => [id, k]));
  return { hits, count, pages };
}

/** The words of a query that the search looks up: folded, long enough to name a shard. */
const wordsOf = (query: string) => termsOf(fold(query)).filter((w) => w.length >= SHARD_PREFIX);

/** Whether a hit's title holds every word (as a word's beginning). */
function holdsAll(hit: SearchHitRow, words: string[]): boolean {
  const terms = termsOf(fold(hit[2]));
  return words.every((w) => terms.some((t) => t.startsWith(w)));
}

/** Pages read at most on one "more" while none holds a match (a query of several words): each is 256 events. */
const MAX_PAGES_PER_MORE = 4;

export class TiledSearch {
  private shards = new Map<string, Promise<SearchShard>>();
  private present: Set<string>;

  constructor(
    private rootUrl: string,
    shards: string[],
    private load: <T>(url: string) => Promise<T> = fetchJson,
  ) {
    this.present = new Set(shards);
  }

  private shard(key: string): Promise<SearchShard> {
    let shard = this.shards.get(key);
    if (!shard) {
      shard = this.present.has(key) ? this.load<SearchShard>(this.rootUrl + shardPath(key)) : Promise.resolve({});
      this.shards.set(key, shard);
    }
    return shard;
  }

  async search(query: string): Promise<TiledHits> {
    // A word shorter than a shard key would need every shard: it waits for another letter.
    const words = wordsOf(query);
    if (words.length === 0) return { query, hits: [], count: 0, rest: [] };
    const perWord = await Promise.all(words.map(async (w) => wordHits(await this.shard(shardOf(w)), w)));
    // Each word keeps only its most salient events: intersecting those lists would lose an event
    // that is not among the most salient of a common word. The rarest word's list, which holds
    // all of its events when they are few, is checked against the other words in each title instead.
    const rarest = perWord.reduce((a, b) => (b.count < a.count ? b : a));
    const hits = [...rarest.hits.values()].filter((h) => holdsAll(h, words));
    hits.sort((a, b) => b[3] - a[3] || a[1] - b[1]);
    return { query, hits, count: perWord.length === 1 ? perWord[0].count : hits.length, rest: rarest.pages };
  }

  /**
   * The next hits past `found`'s: its rarest word's next pages (every event of
   * its terms, by date), without the hits already listed, where the title holds
   * every word; one page, or more until one holds a match (MAX_PAGES_PER_MORE at most).
   */
  async more(found: TiledHits): Promise<TiledHits> {
    const words = wordsOf(found.query);
    const seen = new Set(found.hits.map((h) => h[0]));
    const hits = [...found.hits];
    let at = 0;
    // A query of several words may match nothing in a page: a few more are read before giving up for now.
    while (at < found.rest.length && hits.length === found.hits.length && at < MAX_PAGES_PER_MORE) {
      const [id, k] = found.rest[at++];
      for (const hit of await this.load<SearchHitRow[]>(this.rootUrl + searchPagePath(id, k))) {
        if (seen.has(hit[0]) || !holdsAll(hit, words)) continue;
        seen.add(hit[0]);
        hits.push(hit);
      }
    }
    const count = words.length === 1 ? found.count : hits.length;
    return { query: found.query, hits, count, rest: found.rest.slice(at) };
  }
}
