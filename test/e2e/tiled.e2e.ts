// Issue 14: a tiled corpus (docs/tiles.md). The page fetches the manifest,
// the actors and the tiles of its window, never a whole index; zooming and
// panning fetch other tiles; a link opens a far tile; the actor filter works.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { drawnItems, region, sharedBrowser } from './browser';

const browser = sharedBrowser();

/** The tile and corpus files the page asked for, as paths under dateline/. */
function corpusRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const m = /\/dateline\/(.*)$/.exec(new URL(r.url()).pathname);
    if (m) seen.push(m[1]);
  });
  return seen;
}

const titles = (page: Page) => page.locator('.dl-timeline .vis-item .dl-item-title').allTextContents();

async function open(path: string) {
  const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
  const seen = corpusRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('urls').tiled}${path}`);
  await page.locator('.vis-item').first().waitFor({ timeout: 15_000 });
  return { page, seen, errors };
}

describe('a tiled corpus', () => {
  it('opens on the tiles of its window, with the whole corpus counted', async () => {
    const { page, seen, errors } = await open('');
    expect(seen.some((p) => /^tiles\/manifest\.[0-9a-f]{16}\.json$/.test(p))).toBe(true);
    expect(seen.some((p) => /^tiles\/[0-9a-f]{16}\/actors\.[0-9a-f]{16}\.json\.gz$/.test(p))).toBe(true);
    expect(seen.filter((p) => /\/\d\/-?\d+\.json\.gz$/.test(p)).length).toBeGreaterThan(0);
    expect(seen.some((p) => p.startsWith('corpus.'))).toBe(false);
    await expect.poll(() => page.getByText(/295 articles · 2,\d{3} events/).count()).toBe(1);
    expect((await titles(page)).length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a link into a far tile shows its events', async () => {
    const { page, seen } = await open('?from=1941-06-01&to=1941-07-15');
    await expect.poll(() => titles(page)).toContain('Born Robert Burns in Arroyo Grande, California');
    // A six-week window reads the 64-day tiles (level 4), not the whole corpus.
    expect(seen.some((p) => /\/4\/-?\d+\.json\.gz$/.test(p))).toBe(true);
    await page.close();
  });

  it('zoomed in to a day, a pan across days fetches the tiles of the next days', async () => {
    const { page, seen, errors } = await open('?from=2020-03-10T00:00&to=2020-03-11T00:00');
    // One-day tiles (level 7), or four-day ones (6) while the window straddles midnight.
    const dayTiles = () => new Set(seen.filter((p) => /\/[67]\/-?\d+\.json\.gz$/.test(p))).size;
    await expect.poll(dayTiles).toBeGreaterThan(0);
    const before = dayTiles();
    const first = await titles(page);
    expect(first.length).toBeGreaterThan(0);
    // Drag two days to the right (two window widths, in steps), then two to the left of the start.
    const area = (await page.locator('.dl-timeline .vis-panel.vis-center').boundingBox())!;
    const y = area.y + area.height / 2;
    for (const dir of [1, 1, -1, -1, -1, -1]) {
      await page.mouse.move(area.x + area.width / 2 - (dir * area.width) / 2 + dir * 10, y);
      await page.mouse.down();
      for (let k = 1; k <= 10; k++)
        await page.mouse.move(area.x + area.width / 2 - (dir * area.width) / 2 + dir * (10 + (k * (area.width - 40)) / 10), y);
      await page.mouse.up();
    }
    await expect.poll(dayTiles).toBeGreaterThan(before);
    await expect.poll(() => drawnItems(page).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('filters by an actor from the actor list', async () => {
    const { page, seen, errors } = await open('?from=2019-01-01&to=2021-01-01');
    expect(seen.some((p) => p.includes('/actor-tiles.'))).toBe(false);
    const actors = region(page, 'Actors');
    const trump = actors.getByRole('checkbox', { name: /Donald Trump/ });
    await trump.check();
    await expect.poll(() => new URLSearchParams(new URL(page.url()).search).get('actors')).toBe('person:donald-trump');
    // The overview draws his counts per coarse tile, fetched with the first filter.
    await expect.poll(() => seen.some((p) => p.includes('/actor-tiles.'))).toBe(true);
    await expect.poll(() => titles(page).then((t) => t.length)).toBeGreaterThan(0);
    // Every title shown is an event of his: opening one lists him among its actors.
    await page.locator('.dl-timeline .vis-item .dl-item-title').first().click();
    await expect.poll(() => region(page, 'Event').getByText('Donald Trump').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('searches through the shards, and a hit far from the window opens there', async () => {
    const { page, seen, errors } = await open('?from=2019-01-01&to=2021-01-01');
    await page.getByRole('combobox', { name: 'Search' }).fill('robert burns');
    const hit = page.getByRole('option', { name: /Born Robert Burns in Arroyo Grande/ });
    await hit.waitFor();
    expect(seen.filter((p) => /\/search\/[^/]+\.json\.gz$/.test(p)).sort()).toEqual(
      expect.arrayContaining([expect.stringMatching(/search\/ro\.json\.gz$/), expect.stringMatching(/search\/bu\.json\.gz$/)]),
    );
    await hit.click();
    await expect.poll(() => new URLSearchParams(new URL(page.url()).search).get('from')).toMatch(/^194[01]-/);
    await expect
      .poll(() => page.locator('.dl-timeline .vis-item.vis-selected').allTextContents())
      .toContain('Born Robert Burns in Arroyo Grande, California');
    expect(errors).toEqual([]);
    await page.close();
  });
});
