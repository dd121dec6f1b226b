// Issue 14: a tiled corpus (docs/tiles.md). The page fetches the manifest,
// the actors and the tiles of its window, never a whole index; zooming and
// panning fetch other tiles; a link opens a far tile; the actor filter works.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { dragTimeline, drawnItems, openPage, openTracked, region, sharedBrowser } from './browser';

const browser = sharedBrowser();

const titles = (page: Page) => page.locator('.dl-timeline .vis-item .dl-item-title').allTextContents();

/** The page at a link, with the paths it asked for. */
const open = (link: string) => openTracked(browser(), `${inject('urls').tiled}${link}`);

/** A panel's own count in its head ("12 in view"), once it shows one. */
async function panelCount(page: Page, name: string): Promise<number> {
  const head = region(page, name).locator('.dl-panel-head .dl-muted');
  await expect.poll(() => head.textContent()).toMatch(/in view/);
  return Number((await head.textContent())!.replace(/[^\d]/g, ''));
}

/** The same link on the whole-index build of the same corpus: what the tiled page must match. */
const whole = (path: string) => openPage(browser(), `${inject('urls').wikinews}${path}`);

/** Robert Burns's birth in 1941, an event of a 2019 article: far from the news, alone in its tiles. */
const BURNS = 'wn2019-0117-singer-songwriter-robert-hunter-dies.m2';

describe('a tiled corpus', () => {
  it('opens on the tiles of its window, with the whole corpus counted', async () => {
    const { page, seen, errors } = await open('');
    expect(seen.some((p) => /\/dateline\/tiles\/manifest\.[0-9a-f]{16}\.json$/.test(p))).toBe(true);
    expect(seen.filter((p) => /\/\d\/-?\d+\.json\.gz$/.test(p)).length).toBeGreaterThan(0);
    // The actors file comes after the first items, and the Actors panel lists them then.
    await expect.poll(() => seen.some((p) => /\/dateline\/tiles\/[0-9a-f]{16}\/actors\.[0-9a-f]{16}\.json\.gz$/.test(p))).toBe(true);
    await region(page, 'Actors')
      .getByRole('checkbox', { name: /Donald Trump/ })
      .waitFor();
    expect(seen.some((p) => p.includes('/dateline/corpus.'))).toBe(false);
    await expect.poll(() => page.getByText(/295 articles · 2,\d{3} events/).count()).toBe(1);
    expect((await titles(page)).length).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses added articles with a notice that says why, and keeps its own', async () => {
    const { page, errors } = await open('');
    await page.locator('.vis-item').first().waitFor();
    await page.keyboard.press('a');
    const menu = page.getByRole('menu', { name: 'Add articles' });
    await expect.poll(() => menu.textContent()).toMatch(/cannot be added to it here/);
    expect(await menu.getByRole('menuitem').count()).toBe(0);
    await page.keyboard.press('Escape');
    const refusals = () => page.locator('.dl-notice', { hasText: 'cannot be added to it here' }).count();
    await page.keyboard.press('p');
    await expect.poll(refusals).toBe(1);
    expect(await page.getByRole('dialog', { name: 'Paste article' }).count()).toBe(0);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['date 2020-10-02\n\nA dropped article.'], 'dropped.txt', { type: 'text/plain' }));
      document.querySelector('.dl-timeline')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(refusals).toBe(2);
    expect(await page.getByText(/295 articles · 2,\d{3} events/).count()).toBe(1);
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
    await dragTimeline(page, [1, 1, -1, -1, -1, -1]);
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

  it('lists search results, and more of them, while the actors file is still on its way', async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/actors\.[0-9a-f]+\.json\.gz$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${inject('urls').tiled}?from=2019-01-01&to=2021-01-01`);
    const loading = region(page, 'Actors').getByText('Loading the actors…');
    await loading.waitFor();
    // "in" is in more titles than the first hits hold: More reads the pages past them.
    await page.getByRole('combobox', { name: 'Search' }).fill('in');
    const more = page.getByRole('option', { name: /^More results/ });
    await more.waitFor();
    const events = page.getByRole('option', { name: /^Event / });
    expect(await events.count()).toBe(12);
    for (let k = 0; k < 3; k++) await more.click();
    await expect.poll(() => events.count()).toBe(48);
    expect(await loading.isVisible()).toBe(true);
    release();
    await region(page, 'Actors').getByRole('checkbox').first().waitFor();
    await page.close();
  });

  it('lists the quotes of the events in view, with their speakers, as the whole index does', async () => {
    const link = '?from=2020-03-09&to=2020-03-16';
    const tiled = await open(link);
    const reference = await whole(link);
    const n = await panelCount(reference.page, 'Quotes');
    expect(n).toBeGreaterThan(0);
    await expect.poll(() => panelCount(tiled.page, 'Quotes')).toBe(n);
    // The same words, each with the same speaker (or "Unattributed") and article.
    const listed = (page: Page) =>
      region(page, 'Quotes')
        .locator('.dl-quote')
        .allInnerTexts()
        .then((t) => t.sort());
    expect(await listed(tiled.page)).toEqual(await listed(reference.page));
    expect(await region(tiled.page, 'Quotes').locator('.dl-quote-meta .dl-chip').count()).toBeGreaterThan(0);
    expect(tiled.errors).toEqual([]);
    await Promise.all([tiled.page.close(), reference.page.close()]);
  });

  it('an event link opens the event wherever it is, through the id lookup; an unknown id says so', async () => {
    const { page, seen, errors } = await open(`?event=${BURNS}`);
    await expect
      .poll(() => page.locator('.dl-timeline .vis-item.vis-selected').allTextContents())
      .toContain('Born Robert Burns in Arroyo Grande, California');
    expect(seen.some((p) => /\/ids\/\d+\.json\.gz$/.test(p))).toBe(true);
    // Its day's tile (level 7) was fetched, and the window centred there.
    expect(seen.some((p) => /\/7\/-?\d+\.json\.gz$/.test(p))).toBe(true);
    // The address follows the window once it has moved there (the URL is written after the view settles).
    const param = (name: string) => new URLSearchParams(new URL(page.url()).search).get(name);
    expect(param('event')).toBe(BURNS);
    await expect.poll(() => Date.parse(param('from') ?? ''), { timeout: 10_000 }).toBeLessThan(Date.parse('1941-06-23'));
    expect(Date.parse(param('to')!)).toBeGreaterThan(Date.parse('1941-06-23'));
    await expect.poll(() => region(page, 'Event').getByText('Born Robert Burns in Arroyo Grande, California').count()).toBeGreaterThan(0);
    expect(await page.getByText('no such event in this corpus').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();

    const unknown = await open(`?event=${BURNS}9`);
    await expect.poll(() => unknown.page.getByText('no such event in this corpus').count()).toBe(1);
    await unknown.page.close();
  });

  it('with an actor filter, shows every event of the actor in view, as the whole index does', async () => {
    // Two years, read from 2.8-year tiles that hold their 200 most salient of about 1,600 events.
    const link = '?from=2019-01-01&to=2021-01-01&actors=person:donald-trump';
    const tiled = await open(link);
    const reference = await whole(link);
    const n = await panelCount(reference.page, 'Events');
    expect(n).toBeGreaterThan(100);
    await expect.poll(() => panelCount(tiled.page, 'Events')).toBe(n);
    expect(tiled.seen.some((p) => /\/actor\/\d+\/0\/-?\d+\.json\.gz$/.test(p))).toBe(true);
    expect(tiled.errors).toEqual([]);
    await Promise.all([tiled.page.close(), reference.page.close()]);
  });
});
