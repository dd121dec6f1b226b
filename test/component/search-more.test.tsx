// @vitest-environment jsdom
// The search box over a tiled corpus: "More results" lists past the first
// screenful, and past the sharded search's first hits reads its next pages.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SearchBox } from '../../src/app/SearchBox';
import type { Corpus } from '../../src/corpus/schema';
import { HITS_PER_TERM, type ActorsFile } from '../../src/corpus/tiles';
import { useFilterStore } from '../../src/store/filter-store';
import { TileCache } from '../../src/tiled/tile-cache';
import { TiledSearch } from '../../src/tiled/tiled-search';
import { TiledSource } from '../../src/tiled/tiled-source';
import { tiledCorpus } from '../../src/tiled/window-corpus';
import { buildInTemp, type BuiltTiles } from '../unit/tiled/built-tiles';

/** 100 articles titled "Storm news N", one a day. */
function corpus(): Corpus {
  const c: Corpus = { schemaVersion: 1, articles: [], actors: [], mentions: [], events: [], quotes: [], warnings: [] };
  for (let i = 0; i < 100; i++) {
    const date = new Date(Date.UTC(2021, 0, 1 + i)).toISOString().slice(0, 10);
    const title = `Storm news ${i}`;
    c.articles.push({ id: `a${i}`, date, title, text: title });
    c.events.push({
      id: `a${i}.published`,
      articleId: `a${i}`,
      kind: 'published',
      date: { start: date },
      title,
      span: [0, 5],
      actorIds: [],
    });
  }
  return c;
}

let built: BuiltTiles;
let source: TiledSource;
const read = async <T,>(url: string): Promise<T> => JSON.parse(gunzipSync(fs.readFileSync(path.join(built.root, url))).toString()) as T;

beforeAll(async () => {
  built = await buildInTemp(corpus(), 'search-more-test-');
  const { manifest } = built;
  const tc = tiledCorpus(manifest, await read<ActorsFile>(manifest.actorsFile), []);
  source = new TiledSource(tc, new TileCache('', 48, read), new TiledSearch('', manifest.shards, read), '');
});
afterAll(() => fs.rmSync(built.dir, { recursive: true, force: true }));

const events = () => within(screen.getByRole('listbox', { name: 'Search results' })).queryAllByText(/^Storm news/);
const moreOption = () => screen.queryByRole('option', { name: /^More results/ });

describe('Search box over a tiled corpus', () => {
  it('lists every match through "More results", reading the pages past the first hits', async () => {
    render(<SearchBox />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Search' }), 'storm');
    await act(() => source.find(useFilterStore.getState().query));
    expect(events()).toHaveLength(12);
    expect(moreOption()).toHaveTextContent('More results (12 of 100 shown)');
    // Within the first hits read: listed from them.
    await userEvent.click(moreOption()!);
    expect(events()).toHaveLength(24);
    // A screenful past them (32): the next pages are read, and the list grows as they come.
    await userEvent.click(moreOption()!);
    expect(await screen.findByText('More results (36 of 100 shown)')).toBeInTheDocument();
    expect(events().length).toBeGreaterThan(HITS_PER_TERM);
    for (let shown = 36; shown < 100; shown += 12) await userEvent.click(moreOption()!);
    expect(events()).toHaveLength(100);
    expect(new Set(events().map((e) => e.textContent)).size).toBe(100);
    expect(moreOption()).toBeNull();
  });

  it('starts again from the first screenful for a new query', async () => {
    render(<SearchBox />);
    const box = screen.getByRole('combobox', { name: 'Search' });
    await userEvent.clear(box);
    await userEvent.type(box, 'news');
    await act(() => source.find(useFilterStore.getState().query));
    expect(events()).toHaveLength(12);
    // The keyboard reaches "More results" as the last option.
    for (let i = 0; i < 12; i++) await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Enter}');
    expect(events()).toHaveLength(24);
  });
});
