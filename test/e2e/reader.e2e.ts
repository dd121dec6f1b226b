// What a reader of the wikinews demo expects of search, filters, quotes,
// the actor finder, the Events list, skip links and the phone (issue 13).
import { describe, expect, inject, it } from 'vitest';
import { openPage, region, sharedBrowser } from './browser';

const browser = sharedBrowser();
const wikinews = () => inject('urls').wikinews;

describe('search', () => {
  it('Enter opens the highlighted result and leaves no hidden filter', async () => {
    const { page, errors } = await openPage(browser(), `${wikinews()}?from=2019-01-01&to=2020-12-31`);
    await page.locator('#dl-search').fill('Brexit');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    // Walk the highlight to the first event result, then open it.
    const kinds = await options.locator('.dl-result-kind').allTextContents();
    for (let i = 0; i < kinds.indexOf('Event'); i++) await page.keyboard.press('ArrowDown');
    const label = await page.locator('[role="option"][aria-selected="true"] .dl-result-label').textContent();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#dl-event-title').textContent()).toBe(label);
    expect(new URLSearchParams(await page.evaluate(() => location.search)).get('actors')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('an actor result becomes a filter the reader can see and remove', async () => {
    const { page } = await openPage(browser(), wikinews());
    await page.locator('#dl-search').fill('Pelosi');
    const actor = page
      .getByRole('option')
      .filter({ hasText: /^Actor/ })
      .first();
    const name = (await actor.locator('.dl-result-label').textContent())!;
    await actor.click();
    const bar = region(page, 'Active filters');
    await expect.poll(() => bar.textContent()).toMatch(/\d+ of [\d,]+ events/);
    await bar.getByRole('button', { name: `Remove the filter ${name}` }).click();
    await expect.poll(() => bar.count()).toBe(0);
    await page.close();
  });
});

describe('filters and quotes', () => {
  it.each([
    [1440, 900],
    [1920, 1080],
  ])('ticking an actor shows the filter bar without taking height from the timeline (%ix%i)', async (width, height) => {
    const { page, errors } = await openPage(browser(), wikinews(), { width, height });
    const timeline = page.getByTestId('timeline');
    const before = (await timeline.boundingBox())!;
    await region(page, 'Actors').getByRole('checkbox', { name: 'Donald Trump', exact: true }).check();
    await expect.poll(() => region(page, 'Active filters').textContent()).toMatch(/\d+ of [\d,]+ events/);
    // The same height: the same rows of titles, and nothing for vis-timeline to redraw twice.
    expect((await timeline.boundingBox())!.height).toBe(before.height);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the Quotes panel shows, for a ticked speaker and a search, only quotes matching the search', async () => {
    const { page } = await openPage(browser(), `${wikinews()}?from=2019-01-01&to=2020-12-31`);
    await region(page, 'Actors').getByRole('checkbox', { name: 'Donald Trump', exact: true }).check();
    await page.locator('#dl-search').fill('China');
    await page.keyboard.press('Escape');
    const quotes = region(page, 'Quotes').getByRole('listitem');
    await expect.poll(() => region(page, 'Quotes').textContent()).toContain('matching “China”');
    const n = await quotes.count();
    for (let i = 0; i < n; i++) {
      const quote = quotes.nth(i);
      expect(await quote.locator('.dl-chip').first().textContent()).toBe('Donald Trump');
      expect((await quote.locator('mark').allTextContents()).some((m) => /^chin/i.test(m))).toBe(true);
    }
    await page.close();
  });
});

describe('finding an actor', () => {
  it.each([
    ['Pelosy', 'Nancy Pelosi'],
    ['Iran', 'Iran'],
  ])('"%s" finds %s', async (query, name) => {
    const { page } = await openPage(browser(), wikinews());
    await page.getByRole('searchbox', { name: 'Find an actor' }).fill(query);
    await expect.poll(() => region(page, 'Actors').getByRole('checkbox', { name, exact: true }).count()).toBe(1);
    if (query === 'Iran') expect(await region(page, 'Actors').getByRole('checkbox', { name: 'Wiranto' }).count()).toBe(0);
    await page.close();
  });
});

describe('layout and keyboard', () => {
  it('Events list dates never run into titles', async () => {
    const { page } = await openPage(browser(), `${wikinews()}?from=2020-03-01&to=2020-03-31`);
    const rows = region(page, 'Events').locator('.dl-event-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    for (let i = 0; i < Math.min(await rows.count(), 30); i++) {
      const date = (await rows.nth(i).locator('.dl-event-row-date').boundingBox())!;
      const title = (await rows.nth(i).locator('.dl-event-row-title').boundingBox())!;
      expect(date.y + date.height).toBeLessThanOrEqual(title.y + 1);
    }
    await page.close();
  });

  it('the first Tabs are skip links into each region', async () => {
    const { page } = await openPage(browser(), wikinews());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to Timeline');
    for (let i = 0; i < 2; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to Quotes');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('[aria-label]')?.getAttribute('aria-label'))).toBe('Quotes');
    await page.close();
  });

  it('the phone has Copy link, and every button of the top bar on screen', async () => {
    const { page } = await openPage(browser(), wikinews(), { width: 390, height: 844 });
    expect(await page.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(true);
    const buttons = page.getByRole('group', { name: 'View' }).getByRole('button');
    expect(await buttons.count()).toBeGreaterThan(6);
    for (const box of await buttons.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(390);
    }
    await page.close();
  });

  it('on the phone an article reads as a page: no title bar over its text, titles on the timeline', async () => {
    const event = 'wn2020-0026-joe-biden-wins-2020-south-carolina-us.published';
    const { page } = await openPage(browser(), `${wikinews()}?from=2020-03-01&to=2020-03-31&event=${event}`, { width: 390, height: 844 });
    const titles = page.locator('[aria-label="Timeline"] .vis-item:not(.dl-more) .dl-item-title');
    await expect.poll(() => titles.count()).toBeGreaterThanOrEqual(5);
    const heading = region(page, 'Event').getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent()).toMatch(/Joe Biden wins/);
    // The page scrolls, not a slot under the timeline; the heading scrolls away with it.
    await page.evaluate(() => window.scrollBy(0, 900));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    const box = await heading.boundingBox();
    expect(box === null || box.y + box.height <= 60).toBe(true);
    const tabs = (await page.getByRole('navigation', { name: 'Panels' }).boundingBox())!;
    expect(tabs.y).toBeGreaterThanOrEqual(-1);
    expect(tabs.y).toBeLessThan(5); // the tabs stay at the top of the screen
    await page.close();
  });
});
