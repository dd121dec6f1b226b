import { describe, expect, inject, it } from 'vitest';
import { axisLabels, openPage, region, sharedBrowser, visibleCounts, windowWidth } from './browser';

const browser = sharedBrowser();

describe('the seed on the timeline', () => {
  it("shows the seed article's event as a box with its title", async () => {
    const { page, errors } = await openPage(browser(), inject('urls').seed);
    const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
    const boxes = timeline.locator('.vis-item.vis-box');
    await expect.poll(() => boxes.count()).toBe(1);
    await expect(boxes.first().textContent()).resolves.toContain('While hosting president Putin');
    expect(await boxes.first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('zooms with the buttons and with the wheel, changing the visible window', async () => {
    const { page } = await openPage(browser(), inject('urls').seed);
    const before = await windowWidth(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => windowWidth(page)).toBeLessThan(before * 0.75);
    const zoomedIn = await windowWidth(page);
    const box = (await page.locator('.dl-timeline').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 600); // zoom out
    await expect.poll(() => windowWidth(page)).toBeGreaterThan(zoomedIn * 1.05);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => page.locator('.vis-item.vis-box').isVisible()).toBe(true);
    await page.close();
  });

  it('opens the detail pane with the article text on a click', async () => {
    const { page } = await openPage(browser(), inject('urls').seed);
    const bodiesFetched = () =>
      page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.includes('/dateline/articles/')).length);
    expect(await bodiesFetched()).toBe(0); // bodies load when opened, not at start
    await page.locator('.vis-item.vis-box').first().click();
    const pane = page.getByRole('region', { name: 'Event', exact: true });
    await expect.poll(() => pane.textContent()).toContain('The two leaders signed a pact');
    await expect(pane.textContent()).resolves.toContain('19 June 2024');
    expect(await bodiesFetched()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => pane.textContent()).toContain('Select an event');
    await page.close();
  });
});

describe('hostile article text', () => {
  it('renders markup literally everywhere and runs none of it, under a CSP', async () => {
    const { page, errors } = await openPage(browser(), `${inject('urls').hostile}?from=2024-04-24&to=2024-05-10`);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    const boxes = page.locator('.vis-item.vis-box');
    await expect.poll(() => boxes.count()).toBe(2);
    const hostile = boxes.filter({ hasText: 'Council' });
    await expect(hostile.textContent()).resolves.toContain('<script>window.__pwned = "title"</script>');
    // The tooltip is a title attribute: text by definition.
    expect(await hostile.locator('.dl-item-label').getAttribute('title')).toContain('<img src=x onerror=');
    await hostile.click();
    const pane = region(page, 'Event');
    await expect.poll(() => pane.textContent()).toContain(`<img src=x onerror="window.__pwned='img2'">`);
    expect(await region(page, 'Quotes').textContent()).toContain('We will <b>not</b> be silenced');
    expect(await region(page, 'Events').textContent()).toContain("<script>window.__pwned = 'body'</script>");
    await page.locator('#dl-search').fill('council');
    await expect.poll(() => page.getByRole('listbox', { name: 'Search results' }).textContent()).toContain('<img src=x');
    expect(await page.locator('.dl-app img, .dl-app script, .dl-app b').count()).toBe(0);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the wikinews demo', () => {
  it('shows two years of real articles by title, the rest as counts that open into their period', async () => {
    const { page, errors } = await openPage(browser(), inject('urls').wikinews);
    expect(await page.locator('.dl-counts').textContent()).toContain('295 articles');
    // Two years of news: headlines, and slim counts of what has no room yet.
    const titles = page.locator('.dl-timeline .vis-item.vis-box:not(.dl-more)');
    await expect.poll(() => titles.count()).toBeGreaterThan(10);
    const counts = page.locator('.dl-timeline .vis-item.dl-more');
    await expect.poll(() => counts.count()).toBeGreaterThan(3);
    expect(await counts.first().textContent()).toMatch(/^\+\d[\d,]*$/);
    await expect(page.locator('.dl-overview-summary').textContent()).resolves.toMatch(/most prominent of [\d,]+ events/);
    // A count opens into its period.
    const before = await axisLabels(page);
    const [biggest] = await visibleCounts(page);
    await page.mouse.click(biggest.x, biggest.y);
    await expect.poll(() => axisLabels(page)).not.toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
