import fs from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { drawnItems, openPage, region, searchOnceIt, sharedBrowser, windowWidth } from './browser';

const browser = sharedBrowser();

describe('filtering by an actor', () => {
  it('reduces the timeline, the events and the quotes to that actor', async () => {
    const { page, errors } = await openPage(browser(), `${inject('urls').seed}?from=2024-06-05&to=2024-07-05`);
    const events = region(page, 'Events').getByRole('listitem');
    const quotes = region(page, 'Quotes').getByRole('listitem');
    const itemsBefore = await drawnItems(page).count();
    const eventsBefore = await events.count();
    expect(await quotes.count()).toBeGreaterThan(1);

    await region(page, 'Actors').getByRole('checkbox', { name: 'Kim Jong Un', exact: true }).check();
    await expect.poll(() => drawnItems(page).count()).toBeLessThan(itemsBefore);
    await expect.poll(() => events.count()).toBeLessThan(eventsBefore);
    const speakers = await region(page, 'Quotes').locator('.dl-quote-meta .dl-chip').allTextContents();
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(['Kim Jong Un']));
    await expect.poll(() => page.getByTestId('announcer').textContent()).toMatch(/^\d+ events? match\.$/);
    expect((await searchOnceIt(page, /actors=/)).get('actors')).toBe('person:kim-jong-un');

    await region(page, 'Actors').getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => events.count()).toBe(eventsBefore);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('deep links', () => {
  it('restore the window, the filter and the selection exactly', async () => {
    const link =
      '?from=2020-01-11T06:00:00Z&to=2020-01-25T18:30:00Z&actors=person:volodymyr-zelensky' +
      '&event=wn2020-0012-ukrainian-president-rejects-prime.published';
    const { page, errors } = await openPage(browser(), `${inject('urls').wikinews}${link}`);
    await expect.poll(() => page.evaluate(() => location.search)).toBe(link);
    expect(await region(page, 'Actors').getByRole('checkbox', { name: 'Volodymyr Zelensky', exact: true }).isChecked()).toBe(true);
    await expect.poll(() => region(page, 'Event').getByRole('heading', { level: 2 }).textContent()).toMatch(/Ukrainian president rejects/);
    expect(await page.locator('.vis-item.vis-selected').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('?date= and #date centre the day, list its events and keep the address until the reader moves', async () => {
    for (const suffix of ['?date=2024-06-19', '#2024-06-19']) {
      const { page } = await openPage(browser(), `${inject('urls').seed}${suffix}`);
      await expect.poll(() => region(page, 'Event').textContent()).toContain('19 June 2024');
      await expect.poll(() => region(page, 'Events').textContent()).toMatch(/\d+ on 19 June 2024/);
      expect(await page.evaluate(() => location.search + location.hash)).toBe(suffix);
      await page.keyboard.press('-'); // the reader moves: the address shows the view
      const params = await searchOnceIt(page, /from=/);
      const days = (Date.parse(params.get('to')!) - Date.parse(params.get('from')!)) / 864e5;
      expect(days).toBeGreaterThan(14);
      expect(days).toBeLessThan(80);
      expect(params.get('date')).toBeNull();
      expect(await page.evaluate(() => location.hash)).toBe('');
      await expect.poll(() => region(page, 'Events').textContent()).toMatch(/\d+ in view/);
      await page.close();
    }
  });

  it('a bad link shows a notice naming what was ignored, and the app still opens', async () => {
    const { page } = await openPage(
      browser(),
      `${inject('urls').seed}?date=2024-13-45&actors=person:nobody,person:kim-jong-un&from=zzz&to=2024-01-01`,
    );
    const notices = page.locator('.dl-notice');
    await expect.poll(() => notices.allTextContents().then((t) => t.join('\n'))).toMatch(/Ignored date "2024-13-45"/);
    const all = (await notices.allTextContents()).join('\n');
    expect(all).toMatch(/Ignored actor "person:nobody"/);
    expect(all).toMatch(/Ignored from "zzz"/);
    expect(await region(page, 'Actors').getByRole('checkbox', { name: 'Kim Jong Un', exact: true }).isChecked()).toBe(true);
    expect(await drawnItems(page).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('Back and Forward walk through selections and filters', async () => {
    const { page } = await openPage(browser(), `${inject('urls').seed}?from=2024-06-05&to=2024-07-05`);
    await region(page, 'Events').getByRole('button').first().click();
    await searchOnceIt(page, /event=/);
    await region(page, 'Actors').getByRole('checkbox', { name: 'Putin', exact: true }).check();
    await searchOnceIt(page, /actors=/);
    const checkbox = region(page, 'Actors').getByRole('checkbox', { name: 'Putin', exact: true });

    await page.goBack();
    await expect.poll(() => checkbox.isChecked()).toBe(false);
    expect(await page.evaluate(() => location.search)).toMatch(/event=/);
    await page.goBack();
    await expect.poll(() => region(page, 'Event').textContent()).toContain('Select an event');
    await page.goForward();
    await expect.poll(() => region(page, 'Event').getByRole('heading', { level: 2 }).count()).toBe(1);
    await page.goForward();
    await expect.poll(() => checkbox.isChecked()).toBe(true);
    await page.close();
  });

  it('"Copy link" copies the current address', async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${inject('urls').seed}?date=2024-06-19`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('.dl-notice span').allTextContents()).toContain('Link copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.evaluate(() => location.href));
    await context.close();
  });
});

describe('keyboard only', () => {
  it('walks through the events, zooms, opens, closes, searches and lists the shortcuts', async () => {
    const { page } = await openPage(browser(), `${inject('urls').seed}?from=2024-06-05&to=2024-07-05`);
    const eventPane = region(page, 'Event');
    const title = () => eventPane.getByRole('heading', { level: 2 }).textContent();
    await page.keyboard.press('ArrowRight');
    await expect.poll(title).toBeTruthy();
    const first = await title();
    await page.keyboard.press('ArrowRight');
    await expect.poll(title).not.toBe(first);
    expect(await region(page, 'Events').locator('[aria-current="true"]').count()).toBe(1);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(title).toBe(first);

    const width = () => windowWidth(page);
    const before = await width();
    await page.keyboard.press('+');
    await expect.poll(width).toBeLessThan(before * 0.75);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(width).toBeGreaterThan(before * 1.5);

    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dl-event-title');
    await page.keyboard.press('Escape');
    await expect.poll(() => eventPane.textContent()).toContain('Select an event');

    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('dl-search');
    await page.keyboard.type('sanctions');
    await expect.poll(() => page.getByRole('listbox', { name: 'Search results' }).getByRole('option').count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(title).toBeTruthy();
    await page.locator('#dl-search').press('Escape');
    await page.locator('#dl-search').press('Escape');

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('Next event');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.close();
  });
});

describe('keyboard on the timeline', () => {
  it('reaches the titles with one Tab stop, walks them with the arrows in screen order and opens one with Enter', async () => {
    const { page, errors } = await openPage(browser(), `${inject('urls').wikinews}?from=2020-03-01&to=2020-03-31`);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el?.dataset.id ? { id: el.dataset.id, left: el.getBoundingClientRect().left, label: el.getAttribute('aria-label') } : null;
      });
    // One title is the Tab stop; the others wait for the arrows.
    await expect.poll(() => page.locator('.dl-item-label[tabindex="0"]').count()).toBe(1);
    expect(await page.locator('.dl-item-label[tabindex="-1"]').count()).toBeGreaterThan(5);
    await page.keyboard.press('Tab'); // the first skip link: to the timeline
    await page.keyboard.press('Enter');
    await expect.poll(focused).not.toBeNull();
    const first = (await focused())!;
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await focused())?.id).not.toBe(first.id);
    const second = (await focused())!;
    expect(second.left).toBeGreaterThanOrEqual(first.left);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await focused())?.id).toBe(first.id);
    // The Tab stop is a title, not a count: Enter opens its event.
    expect(first.id).not.toMatch(/^more:/);
    await page.keyboard.press('Enter');
    const heading = region(page, 'Event').getByRole('heading', { level: 2 });
    await expect.poll(() => heading.textContent()).toBeTruthy();
    expect(first.label).toContain((await heading.textContent())!.slice(0, 30));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('accessibility', () => {
  it('axe finds no serious or critical violations', async () => {
    const axe = fs.readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
    for (const url of [`${inject('urls').seed}?date=2024-06-19`, inject('urls').wikinews]) {
      const { page } = await openPage(browser(), url);
      await page.evaluate(axe); // page.evaluate is not subject to the page's CSP
      const violations = await page.evaluate(async () => {
        type Axe = {
          run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
        };
        // Every rule still runs; only the passes are not given a selector each, which took most of the time on a big page.
        const result = await (window as unknown as { axe: Axe }).axe.run(document, { resultTypes: ['violations'] });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
      await page.close();
    }
  });

  it('names the regions exactly', async () => {
    const { page } = await openPage(browser(), inject('urls').seed);
    for (const name of ['Timeline', 'Actors', 'Quotes', 'Event', 'Events']) expect(await region(page, name).count()).toBe(1);
    await page.close();
  });
});
