import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Corpus } from '../../../src/corpus/schema';
import { HITS_PER_PAGE, HITS_PER_TERM, searchPagePath, shardPath, type SearchShard } from '../../../src/corpus/tiles';
import { TiledSearch } from '../../../src/tiled/tiled-search';
import { buildInTemp, type BuiltTiles } from './built-tiles';

/** 100 articles: "Flood in Łódź" on even days, "Storm in Paris" on odd ones, salience rising with i. */
function corpus(): Corpus {
  const c: Corpus = { schemaVersion: 1, articles: [], actors: [], mentions: [], events: [], quotes: [], warnings: [] };
  for (let i = 0; i < 100; i++) {
    const date = new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10);
    const title = i % 2 ? `Storm in Paris ${i}` : `Flood in Łódź ${i}`;
    c.articles.push({ id: `a${i}`, date, title, text: title });
    const e = {
      id: `a${i}.published`,
      articleId: `a${i}`,
      kind: 'published' as const,
      date: { start: date },
      title,
      span: [0, 3] as [number, number],
    };
    c.events.push({ ...e, actorIds: [], salience: i / 100 });
  }
  // 600 weather reports, 6 a day over the same days: three pages of the word "weather".
  for (let k = 0; k < 600; k++) {
    const date = new Date(Date.UTC(2021, 0, 1 + (k % 100))).toISOString().slice(0, 10);
    const title = `Weather report ${k}`;
    c.events.push({ id: `w${k}`, articleId: `a${k % 100}`, kind: 'mentioned', date: { start: date }, title, span: [0, 3], actorIds: [] });
  }
  return c;
}

describe('sharded search', () => {
  let built: BuiltTiles;
  let search: TiledSearch;
  let fetched: string[];
  beforeAll(async () => {
    built = await buildInTemp(corpus(), 'search-test-');
    const { manifest, root } = built;
    fetched = [];
    search = new TiledSearch('/', manifest.shards, async <T>(url: string) => {
      fetched.push(url);
      return JSON.parse(gunzipSync(fs.readFileSync(path.join(root, url.slice(1)))).toString()) as T;
    });
  });
  afterAll(() => fs.rmSync(built.dir, { recursive: true, force: true }));

  it('finds a word by its prefix, folded, most salient first, from its one shard', async () => {
    const found = await search.search('LODZ');
    expect(fetched).toEqual([`/${shardPath('lo')}`]);
    expect(found.count).toBe(50);
    expect(found.hits).toHaveLength(HITS_PER_TERM);
    expect(found.hits[0][2]).toBe('Flood in Łódź 98');
    expect(found.hits.map((h) => h[3])).toEqual([...found.hits.map((h) => h[3])].sort((a, b) => b - a));
    expect((await search.search('pari')).hits[0][0]).toBe('a99.published');
  });

  it('needs every word, and finds nothing for a word no title has', async () => {
    const both = await search.search('flood 42');
    expect(both.hits.map((h) => h[2])).toEqual(['Flood in Łódź 42']);
    expect((await search.search('storm lodz')).hits).toEqual([]);
    // "flood" keeps its 32 most salient (36 to 98): its 12th is found through the rarer "12".
    expect((await search.search('flood 12')).hits.map((h) => h[2])).toEqual(['Flood in Łódź 12']);
    expect((await search.search('zebra')).hits).toEqual([]);
    // A shard is fetched once.
    expect(fetched.filter((f) => f.endsWith('lo.json.gz'))).toHaveLength(1);
  });

  it('reaches every match past the first hits, page by page, without listing one twice', async () => {
    // "weather" is in 600 titles: its 32 most salient, then its pages of 256, 256 and 88 events, by date.
    const shard = built.read<SearchShard>(shardPath('we'));
    const [count, best, more] = shard['weather'];
    expect([count, best.length, more?.[1]]).toEqual([600, HITS_PER_TERM, 3]);
    expect(built.read<unknown[]>(searchPagePath(more![0], 0))).toHaveLength(HITS_PER_PAGE);
    expect(built.read<unknown[]>(searchPagePath(more![0], 2))).toHaveLength(600 - 2 * HITS_PER_PAGE);
    const first = await search.search('weather');
    expect(first.hits).toHaveLength(HITS_PER_TERM);
    expect(first.rest).toEqual([0, 1, 2].map((k) => [more![0], k]));
    // One page a time: the first hits, then those of the page not among them.
    const second = await search.more(first);
    expect(second.hits.slice(0, HITS_PER_TERM)).toEqual(first.hits);
    expect(second.rest).toHaveLength(2);
    const all = await search.more(await search.more(second));
    expect(new Set(all.hits.map((h) => h[0])).size).toBe(600);
    expect(all.hits).toHaveLength(600);
    expect(all.rest).toEqual([]);
    // The pages after the best hits are in date order.
    const days = all.hits.slice(HITS_PER_TERM).map((h) => h[1]);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });

  it('pages the rarest word of several, keeping the titles that hold every word', async () => {
    // "flood" (50) is rarer than "in" (100): its 32 most salient, then the 18 others from its page.
    const first = await search.search('in flood');
    expect(first.hits).toHaveLength(HITS_PER_TERM);
    const all = await search.more(first);
    expect(all.hits).toHaveLength(50);
    expect(all.hits.every((h) => h[2].startsWith('Flood in Łódź'))).toBe(true);
    // A word of few events has no pages: nothing more to read.
    const rare = await search.search('flood 42');
    expect(rare.rest).toEqual([]);
    expect((await search.more(rare)).hits).toEqual(rare.hits);
  });
});
