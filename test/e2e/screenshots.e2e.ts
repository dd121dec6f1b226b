// The README's screenshots (written to docs/ by `npm run screenshots`), and
// the narrow layout with touch: the panels become tabs, one finger pans.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axisLabels, openPage, region, settle, sharedBrowser, windowWidth } from './browser';

const STORY = 'wn2020-0012-ukrainian-president-rejects-prime.published';
const LINK = `?from=2020-01-11&to=2020-01-25&event=${STORY}`;

const browser = sharedBrowser();

async function shoot(page: Page, name: string) {
  const file = process.env.SCREENSHOTS === '1' ? path.join('docs', name) : path.join('.cache/e2e', name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
}

describe('screenshots of the wikinews demo', () => {
  for (const [name, link] of [
    ['screenshot-opening.png', ''],
    ['screenshot-two-years.png', '?from=2019-01-01&to=2020-12-31'],
    ['screenshot-month.png', '?from=2020-03-01&to=2020-03-31'],
  ]) {
    it(`desktop, 1440x900: ${name}`, async () => {
      const { page, errors } = await openPage(browser(), `${inject('urls').wikinews}${link}`);
      await settle(page);
      await shoot(page, name);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('desktop, 1440x900: the overview brushed to a few months', async () => {
    const { page, errors } = await openPage(browser(), inject('urls').wikinews);
    const strip = page.getByRole('slider', { name: /^Overview/ });
    const box = (await strip.boundingBox())!;
    const y = box.y + box.height / 2;
    // The busiest stretch of the strip: from its tallest bar, a little to the left.
    const peak = await page.locator('.dl-overview-bar').evaluateAll((bars) => {
      const best = bars.reduce((a, b) => (Number(b.getAttribute('height')) > Number(a.getAttribute('height')) ? b : a));
      return best.getBoundingClientRect().x;
    });
    await page.mouse.move(peak - 16, y);
    await page.mouse.down();
    for (let x = peak - 16; x <= peak + 4; x += 2) await page.mouse.move(x, y);
    const before = await windowWidth(page);
    await page.mouse.up();
    await expect.poll(() => windowWidth(page)).not.toBe(before);
    await settle(page);
    // The brush as a reader sees it while dragging, over the settled view.
    await page.mouse.move(peak - 16, y);
    await page.mouse.down();
    await page.mouse.move(peak + 4, y);
    await shoot(page, 'screenshot-overview.png');
    await page.mouse.up();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('desktop, 1440x900: a fortnight of news, one story open', async () => {
    const { page, errors } = await openPage(browser(), `${inject('urls').wikinews}${LINK}`);
    await expect.poll(() => region(page, 'Event').getByRole('heading', { level: 2 }).textContent()).toMatch(/Ukrainian president rejects/);
    await settle(page);
    await shoot(page, 'screenshot.png');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('phone, 390x844: panels as tabs under the timeline, touch pans', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${inject('urls').wikinews}${LINK}`);
    await page.locator('.vis-item').first().waitFor();
    const tabs = page.getByRole('navigation', { name: 'Panels' });
    expect(await tabs.isVisible()).toBe(true);
    expect(await region(page, 'Event').isVisible()).toBe(true);
    expect(await region(page, 'Actors').isVisible()).toBe(false);
    await tabs.getByRole('button', { name: 'Actors', exact: true }).click();
    expect(await region(page, 'Actors').isVisible()).toBe(true);
    expect(await region(page, 'Event').isVisible()).toBe(false);
    await tabs.getByRole('button', { name: 'Event', exact: true }).click();
    await settle(page);
    await shoot(page, 'screenshot-mobile.png');

    // One finger drags the timeline: the window moves.
    const box = (await page.locator('.dl-timeline').boundingBox())!;
    const y = box.y + box.height / 2;
    const before = await axisLabels(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: box.x + 300, y }] });
    for (let x = 300; x >= 60; x -= 20) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: box.x + x, y }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => axisLabels(page)).not.toBe(before);
    const from = async () => Date.parse(new URLSearchParams(await page.evaluate(() => location.search)).get('from')!);
    await expect.poll(from).toBeGreaterThan(Date.parse('2020-01-11'));

    // Two fingers spreading apart zoom in.
    const width = () => windowWidth(page);
    const wide = await width();
    const cx = box.x + box.width / 2;
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [
        { x: cx - 20, y, id: 1 },
        { x: cx + 20, y, id: 2 },
      ],
    });
    for (let d = 20; d <= 140; d += 10) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [
          { x: cx - d, y, id: 1 },
          { x: cx + d, y, id: 2 },
        ],
      });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(width, { timeout: 5000 }).toBeLessThan(wide * 0.8);
    await context.close();
  });
});

describe('screenshots of adding articles in the page', () => {
  const files = fs
    .readdirSync('examples/wikinews/articles')
    .filter((f) => f.endsWith('.txt'))
    .slice(0, 24)
    .map((f) => path.resolve('examples/wikinews/articles', f));
  for (const scheme of ['light', 'dark'] as const) {
    it(`desktop, 1440x900, ${scheme}: the seed with 24 Wikinews articles added, the Add articles menu open`, async () => {
      const { page, errors } = await openPage(browser(), inject('urls').seed);
      await page.emulateMedia({ colorScheme: scheme });
      await page.locator('#dl-add-files').setInputFiles(files);
      await expect.poll(() => page.locator('.dl-counts').textContent(), { timeout: 45_000 }).toContain('25 articles');
      await page.goto(
        `${inject('urls').seed}?from=2019-01-01&to=2019-02-15&event=${files[8].split('/').pop()!.replace('.txt', '')}.published`,
      );
      await page.locator('.vis-item').first().waitFor();
      await settle(page);
      await page.getByRole('button', { name: 'Add articles' }).click();
      await shoot(page, `screenshot-add-articles${scheme === 'dark' ? '-dark' : ''}.png`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
