// Issue 8: at every zoom the timeline shows news (titles), not counts; the
// titles do not overlap and are not cut; counts always open into their period.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, settle, sharedBrowser, visibleCounts, windowWidth } from './browser';

const browser = sharedBrowser();

interface Shown {
  titles: number;
  overlapping: number;
  cut: number;
  signature: string;
}

/**
 * The items inside the timeline's visible area that show an event's title
 * (not a count), with their drawn boxes: the item, and its label where it
 * leaves the item (a range's label beside its narrow bar).
 */
function shown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const area = document.querySelector('.dl-timeline .vis-panel.vis-center')!.getBoundingClientRect();
    const items = [
      ...document.querySelectorAll<HTMLElement>(
        '.dl-timeline .vis-item.vis-box, .dl-timeline .vis-item.vis-point, .dl-timeline .vis-item.vis-range',
      ),
    ].filter((el) => !el.classList.contains('dl-more'));
    const boxes = items
      .map((el) => {
        const r = el.getBoundingClientRect();
        const l = el.querySelector('.dl-item-label')?.getBoundingClientRect() ?? r;
        return {
          el,
          left: Math.min(r.left, l.left),
          right: Math.max(r.right, l.right),
          top: Math.min(r.top, l.top),
          bottom: Math.max(r.bottom, l.bottom),
        };
      })
      .filter(
        (b) =>
          b.left >= area.left - 1 &&
          b.right <= area.right + 1 &&
          b.top >= area.top - 1 &&
          b.bottom <= area.bottom + 1 &&
          b.right - b.left > 0,
      );
    let overlapping = 0;
    for (let a = 0; a < boxes.length; a++) {
      for (let b = a + 1; b < boxes.length; b++) {
        const x = Math.min(boxes[a].right, boxes[b].right) - Math.max(boxes[a].left, boxes[b].left);
        const y = Math.min(boxes[a].bottom, boxes[b].bottom) - Math.max(boxes[a].top, boxes[b].top);
        if (x > 1 && y > 1) overlapping++;
      }
    }
    const cut = boxes.filter(({ el }) => {
      const title = el.querySelector<HTMLElement>('.dl-item-title');
      return !title || title.scrollWidth > title.clientWidth + 1 || title.scrollHeight > title.clientHeight + 1;
    }).length;
    const signature = boxes
      .map((b) => `${b.el.textContent}@${Math.round(b.left)},${Math.round(b.top)}`)
      .sort()
      .join('|');
    return { titles: boxes.length, overlapping, cut, signature };
  });
}

/** What shows once the timeline has settled: the same titles in the same places twice in a row. */
async function settled(page: Page): Promise<Shown> {
  await settle(page, () => shown(page).then((s) => s.signature));
  return shown(page);
}

const VIEWS: [string, string][] = [
  ['the opening view', ''],
  ['fit all', 'fit'],
  ['two years', '?from=2019-01-01&to=2020-12-31'],
  ['one month', '?from=2020-03-01&to=2020-03-31'],
  ['one week', '?from=2020-03-09&to=2020-03-16'],
];

describe('the wikinews demo at 1440x900 shows the news at every zoom', () => {
  for (const [name, link] of VIEWS) {
    it(`${name}: at least 10 titles, none overlapping, at most one in ten cut`, async () => {
      const { page, errors } = await openPage(browser(), `${inject('urls').wikinews}${link === 'fit' ? '' : link}`);
      if (link === 'fit') {
        const before = await windowWidth(page);
        await page.keyboard.press('0');
        await expect.poll(() => windowWidth(page)).not.toBe(before);
      }
      const s = await settled(page);
      expect(s.titles).toBeGreaterThanOrEqual(10);
      expect(s.overlapping).toBe(0);
      expect(s.cut).toBeLessThanOrEqual(Math.floor(s.titles / 10));
      // No box of "N events" stands in for titles.
      expect(
        await page
          .locator('.dl-timeline .vis-item')
          .filter({ hasText: / events$/ })
          .count(),
      ).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('a count opens into its period: four clicks in a row, each narrows the window', async () => {
    const { page, errors } = await openPage(browser(), inject('urls').wikinews);
    for (let click = 0; click < 4; click++) {
      await settled(page);
      const counts = await visibleCounts(page);
      if (counts.length === 0) {
        // Nothing left to summarize: every event of the window has its title.
        await expect.poll(() => page.locator('.dl-overview-summary').textContent()).toMatch(/^All \d+ events? of this window by title/);
        break;
      }
      const before = await windowWidth(page);
      await page.mouse.click(counts[0].x, counts[0].y);
      await expect.poll(() => windowWidth(page)).toBeLessThan(before * 0.95);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
