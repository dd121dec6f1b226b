// Debian's Chromium driven by playwright-core; no downloaded browsers.
import { type Browser, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { connect } from './chromium';

/**
 * The run's browser (launched once by global-setup.ts) for a test file: connected before its tests, and after them
 * its pages closed and the connection dropped. A launch per file cost a second and a Chromium start each.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await connect(inject('browser'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/** A download's bytes, read through the browser connection (a connected browser's files are not local paths). */
export async function downloaded(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A page that fails the test on any uncaught error or console error. */
export async function openPage(browser: Browser, url: string, viewport = { width: 1440, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  await page.locator('.vis-item').first().waitFor({ timeout: 15_000 });
  return { page, errors };
}

/** The timeline axis' labels: they change whenever the visible window does. */
export function axisLabels(page: Page): Promise<string> {
  return page
    .locator('.vis-time-axis.vis-foreground .vis-text')
    .allTextContents()
    .then((t) => t.join('|'));
}

/** A landmark or region by its exact accessible name ("Event" is not "Events"). */
export function region(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

/** Drawn items (boxes, points, ranges, groups), not their lines and dots. */
export function drawnItems(page: Page) {
  return page.locator('.dl-timeline .vis-item.vis-box, .dl-timeline .vis-item.vis-point, .dl-timeline .vis-item.vis-range');
}

/** The query string once it holds the given parameter. */
export async function searchOnceIt(page: Page, has: RegExp): Promise<URLSearchParams> {
  await page.waitForFunction((src) => new RegExp(src).test(location.search), has.source, { timeout: 10_000 });
  return new URLSearchParams(await page.evaluate(() => location.search));
}

/** The visible window's width in ms, as the link states it (it follows every pan and zoom). */
export async function windowWidth(page: Page): Promise<number> {
  const params = new URLSearchParams(await page.evaluate(() => location.search));
  return Date.parse(params.get('to') ?? '') - Date.parse(params.get('from') ?? '');
}

/**
 * The timeline's counts of untitled events ("+37") where they show, biggest
 * first: a count is drawn across its period, which may run past the window,
 * so each comes with the middle of its visible part, to click.
 */
export async function visibleCounts(page: Page): Promise<{ n: number; x: number; y: number }[]> {
  const area = (await page.locator('.dl-timeline .vis-panel.vis-center').boundingBox())!;
  const counts = await page.locator('.dl-timeline .vis-item.dl-more').evaluateAll(
    (els, a) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        const left = Math.max(r.left, a.x);
        const right = Math.min(r.right, a.x + a.width);
        return { n: Number(el.textContent!.replace(/\D/g, '')), x: (left + right) / 2, y: r.top + r.height / 2, w: right - left };
      }),
    area,
  );
  return counts.filter((c) => c.w > 12).sort((a, b) => b.n - a.n);
}

/**
 * Waits until `read` gives the same answer twice in a row, 400 ms apart: the
 * timeline has settled (vis-timeline reports the last window 200 ms late, and
 * the layout follows it). By default, the timeline's item texts.
 */
export async function settle(
  page: Page,
  read = () =>
    page
      .locator('.dl-timeline .vis-item')
      .allTextContents()
      .then((t) => t.join('|')),
): Promise<void> {
  let last: string | undefined;
  await expect
    .poll(
      async () => {
        const now = await read();
        const same = now === last;
        last = now;
        return same;
      },
      { interval: 400, timeout: 15_000 },
    )
    .toBe(true);
}

/** Drags the timeline by almost its width, in steps, once per entry: +1 to the right (earlier times come into view), -1 to the left. */
export async function dragTimeline(page: Page, dirs: (1 | -1)[]): Promise<void> {
  const area = (await page.locator('.dl-timeline .vis-panel.vis-center').boundingBox())!;
  const y = area.y + area.height / 2;
  for (const dir of dirs) {
    await page.mouse.move(area.x + area.width / 2 - (dir * area.width) / 2 + dir * 10, y);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++)
      await page.mouse.move(area.x + area.width / 2 - (dir * area.width) / 2 + dir * (10 + (k * (area.width - 40)) / 10), y);
    await page.mouse.up();
  }
}

/** A page at `url` once an item is drawn, with the paths it requested (from before it loaded) and its errors. */
export async function openTracked(browser: Browser, url: string, timeout = 15_000) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const seen: string[] = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.locator('.vis-item').first().waitFor({ timeout });
  return { page, seen, errors };
}
