// Issue 14: the tiled page on a generated corpus of 50,000 articles
// (`npm run gen:corpus -- --parts`, `npm run tiles`), far past the wikinews
// demo's 295: zoom in, pan across tile borders, filter, search, and a link
// into a far tile. The corpus and its tiles take minutes to make, so this file
// runs when DATELINE_E2E_LARGE=1 and keeps them in .cache/e2e-large/<key>
// (the key hashes the generator's and the tile builder's sources): a rerun
// builds only the app.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dayAfterPartial,
  dayOfPartial,
  localOfDay,
  tilePath,
  type ActorsFile,
  type Tile,
  type TileEventRow,
  type TilesManifest,
} from '../../src/corpus/tiles';
import { CONTEXT_SHARE } from '../../src/query/window-scan';
import { dragTimeline, drawnItems, openTracked, region, sharedBrowser } from './browser';

const ARTICLES = 50_000;
const LARGE = process.env.DATELINE_E2E_LARGE === '1';
const browser = sharedBrowser();

/** The sources whose change makes other parts or tiles. */
function sourcesKey(): string {
  const hash = createHash('sha1').update(`${ARTICLES}\n`);
  const files = ['scripts/gen-corpus.ts', 'src/corpus/tiles.ts'];
  for (const dir of ['scripts/gen-parts', 'src/ingest/tiles']) for (const f of fs.readdirSync(dir).sort()) files.push(path.join(dir, f));
  for (const f of files) hash.update(`${f}\n`).update(fs.readFileSync(f));
  return hash.digest('hex').slice(0, 12);
}

/** The generated corpus's tiles folder, made unless a run of the same sources made it. */
function largeTiles(): string {
  const dir = path.resolve('.cache/e2e-large', sourcesKey());
  const tiles = path.join(dir, 'tiles');
  if (fs.existsSync(tiles) && fs.readdirSync(tiles).some((f) => f.startsWith('manifest.'))) return tiles;
  fs.rmSync(dir, { recursive: true, force: true });
  const parts = path.join(dir, 'parts');
  const run = (script: string, ...args: string[]) => execFileSync('npx', ['tsx', script, ...args], { stdio: 'inherit' });
  run('scripts/gen-corpus.ts', '--articles', String(ARTICLES), '--parts', parts);
  run('src/ingest/tiles/cli.ts', parts, '--out', tiles);
  fs.rmSync(parts, { recursive: true, force: true });
  return tiles;
}

let server: PreviewServer | undefined;
let url = '';
let manifest: TilesManifest;
let root = '';
const read = <T>(rel: string): T => JSON.parse(gunzipSync(fs.readFileSync(path.join(root, rel))).toString()) as T;

beforeAll(async () => {
  if (!LARGE) return;
  const tiles = largeTiles();
  manifest = JSON.parse(
    fs.readFileSync(
      path.join(
        tiles,
        fs.readdirSync(tiles).find((f) => f.startsWith('manifest.'))!,
      ),
      'utf8',
    ),
  );
  root = path.join(tiles, manifest.root);
  const outDir = path.resolve('.cache/e2e/large');
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production'; // as global-setup.ts: the build users get
  process.env.DATELINE_CORPUS = tiles;
  try {
    await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    delete process.env.DATELINE_CORPUS;
    process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({
    configFile: path.resolve('vite.config.ts'),
    logLevel: 'error',
    build: { outDir },
    preview: { port: 4390, strictPort: false, open: false, host: '127.0.0.1' },
  });
  url = server.resolvedUrls!.local[0];
}, 1_800_000);

afterAll(() => server?.close());

const iso = (day: number) => new Date(day * 864e5).toISOString().slice(0, 10);
const titles = (page: Page) => page.locator('.dl-timeline .vis-item .dl-item-title').allTextContents();

const open = (link: string) => openTracked(browser(), `${url}${link}`, 30_000);

/** A panel's own count in its head ("12 in view"). */
async function panelCount(page: Page, name: string): Promise<number> {
  const head = region(page, name).locator('.dl-panel-head .dl-muted');
  await expect.poll(() => head.textContent()).toMatch(/in view/);
  return Number((await head.textContent())!.replace(/[^\d]/g, ''));
}

describe.skipIf(!LARGE)('a tiled corpus of 50,000 generated articles', () => {
  it('opens on its window, with the whole corpus counted', async () => {
    const { page, errors } = await open('');
    await expect.poll(() => page.getByText(/50,000 articles · [\d,]+ events/).count()).toBe(1);
    expect((await titles(page)).length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('zoomed in to a day, a pan across days fetches the next days and draws them', async () => {
    // The busiest day of the news: the most salient events' days are where the bursts are.
    const top = manifest.present[0].flatMap((x) => read<Tile>(tilePath(0, x)).events);
    const day = dayOfPartial(top.reduce((a, b) => (b[10] > a[10] ? b : a))[3]);
    const { page, seen, errors } = await open(`?from=${iso(day)}T00:00&to=${iso(day + 1)}T00:00`);
    const dayTiles = () => new Set(seen.filter((p) => /\/[67]\/-?\d+\.json\.gz$/.test(p))).size;
    await expect.poll(() => titles(page).then((t) => t.length)).toBeGreaterThan(0);
    const before = dayTiles();
    await dragTimeline(page, [-1, -1, 1, 1, 1, 1]);
    await expect.poll(dayTiles).toBeGreaterThan(before);
    await expect.poll(() => drawnItems(page).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('with an actor filter, shows every event of the actor in view', async () => {
    // An actor of 50 to 200 events: its one level-0 tile holds them all, the count to expect.
    const { actors } = read<ActorsFile>(manifest.actorsFile);
    const pos = actors.findIndex((a) => a[3] <= 200 && a[3] >= 50);
    const mine: TileEventRow[] = manifest.present[0].flatMap((x) => {
      const file = path.join(manifest.actorDir!, String(pos), tilePath(0, x));
      return fs.existsSync(path.join(root, file)) ? read<Tile>(file).events : [];
    });
    expect(mine.length).toBe(actors[pos][3]);
    // A year around its median event.
    const days = mine.map((e) => dayOfPartial(e[3])).sort((a, b) => a - b);
    const from = days[days.length >> 1] - 182;
    const to = from + 365;
    // In view: overlapping the window, less the ranges too long for it, which the timeline draws as context.
    const expected = mine.filter((e) => {
      const [start, end] = [dayOfPartial(e[3]), dayAfterPartial(e[4] || e[3])];
      const context = e[2] === 1 && end - start > 1 && end - start > (to - from) * CONTEXT_SHARE;
      return start < to && end > from && !context;
    }).length;
    expect(expected).toBeGreaterThan(0);
    const { page, seen, errors } = await open(`?from=${iso(from)}&to=${iso(to)}&actors=${encodeURIComponent(actors[pos][0])}`);
    await expect.poll(() => panelCount(page, 'Events')).toBe(expected);
    expect(seen.some((p) => p.includes(`/actor/${pos}/0/`))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches a word, and its hit opens where it is', async () => {
    // The most salient event of a coarse tile far from the default window is among the first hits of each of its words.
    const far = read<Tile>(tilePath(0, manifest.present[0][0])).events.reduce((a, b) => (b[10] > a[10] ? b : a));
    const word = far[6].split(/[^\p{L}\p{N}]+/u).reduce((a, b) => (b.length > a.length ? b : a));
    const { page, errors } = await open('');
    await page.getByRole('combobox', { name: 'Search' }).fill(word);
    const hit = page.getByRole('option', { name: far[6] }).first();
    await hit.waitFor();
    await hit.click();
    await expect.poll(() => page.locator('.dl-timeline .vis-item.vis-selected .dl-item-title').allTextContents()).toContain(far[6]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link to an event in a far tile opens it there', async () => {
    // The corpus's earliest day: far outside the news, one day tile of its own.
    const tile = read<Tile>(tilePath(7, manifest.present[7][0]));
    const [id, , , start, , , title] = tile.events[0];
    const { page, seen, errors } = await open(`?event=${encodeURIComponent(id)}`);
    await expect.poll(() => page.locator('.dl-timeline .vis-item.vis-selected .dl-item-title').allTextContents()).toContain(title);
    expect(seen.some((p) => /\/ids\/\d+\.json\.gz$/.test(p))).toBe(true);
    // The address follows the window once it has moved there (written on a timer); within a day: the link's dates may be
    // read as UTC.
    const param = (name: string) => Date.parse(new URLSearchParams(new URL(page.url()).search).get(name) ?? '');
    await expect.poll(() => param('from'), { timeout: 10_000 }).toBeLessThanOrEqual(localOfDay(dayOfPartial(start)) + 864e5);
    expect(param('to')).toBeGreaterThan(localOfDay(dayOfPartial(start)) - 864e5);
    expect(await page.getByText('no such event in this corpus').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
