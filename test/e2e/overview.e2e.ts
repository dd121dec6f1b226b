// The overview strip under the timeline: the window marked, brushing,
// a click on a bar, the keyboard, and what it tells a screen reader.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser, windowWidth } from './browser';

const browser = sharedBrowser();

async function from(page: Page): Promise<number> {
  return Date.parse(new URLSearchParams(await page.evaluate(() => location.search)).get('from')!);
}

describe('the overview strip', () => {
  it('marks the window; dragging selects a window, a click on a bar zooms there, keys move it', async () => {
    const { page, errors } = await openPage(browser(), `${inject('urls').wikinews}?from=2020-03-01&to=2020-03-31`);
    const strip = page.getByRole('slider', { name: /^Overview: events over time/ });
    await expect
      .poll(() => strip.getAttribute('aria-valuetext'))
      .toMatch(/^Timeline shows \d+ Mar 2020 to \d+ Mar 2020\. [\d,]+ events, most between/);
    expect(await page.locator('.dl-overview-window').count()).toBe(1);
    expect(await page.locator('.dl-overview-bar').count()).toBeGreaterThan(10);

    // Brushing: a fifth of the strip becomes the window.
    const box = (await strip.boundingBox())!;
    const span = Number(await strip.getAttribute('aria-valuemax')) - Number(await strip.getAttribute('aria-valuemin'));
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.2, y);
    await page.mouse.down();
    for (let k = 1; k <= 10; k++) await page.mouse.move(box.x + box.width * (0.2 + 0.02 * k), y);
    await page.mouse.up();
    await expect.poll(() => windowWidth(page)).toBeGreaterThan(span * 0.18);
    expect(await windowWidth(page)).toBeLessThan(span * 0.22);

    // A click on the tallest bar zooms to it: a few bars wide.
    const tallest = await page.locator('.dl-overview-bar').evaluateAll((bars) => {
      const best = bars.reduce((a, b) => (Number(b.getAttribute('height')) > Number(a.getAttribute('height')) ? b : a));
      const r = best.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height - 1 };
    });
    await page.mouse.click(tallest.x, tallest.y);
    await expect.poll(() => windowWidth(page)).toBeLessThan(span * 0.02);

    // The keyboard: arrows pan, up zooms in; the timeline's walk does not take the keys.
    await strip.focus();
    const start = await from(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => from(page)).toBeGreaterThan(start);
    const width = await windowWidth(page);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => windowWidth(page)).toBeLessThan(width * 0.6);
    expect(new URLSearchParams(await page.evaluate(() => location.search)).get('event')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});
