import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axisLabels, boxesInView, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the seed on the timeline', () => {
  it("shows the seed article's event as a box with its title", async () => {
    const { page, errors } = await openPage(browser, inject('urls').seed);
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const boxes = timeline.locator('.vis-item.vis-box');
    await expect.poll(() => boxes.count()).toBe(1);
    await expect(boxes.first().textContent()).resolves.toContain('While hosting president Putin');
    expect(await boxes.first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('zooms with the buttons and with the wheel, changing the visible window', async () => {
    const { page } = await openPage(browser, inject('urls').seed);
    const before = await axisLabels(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => axisLabels(page)).not.toBe(before);
    const zoomedIn = await axisLabels(page);
    const box = (await page.locator('.dl-timeline').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 600); // zoom out
    await expect.poll(() => axisLabels(page)).not.toBe(zoomedIn);
    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect.poll(() => page.locator('.vis-item.vis-box').isVisible()).toBe(true);
    await page.close();
  });

  it('opens the detail pane with the article text on a click', async () => {
    const { page } = await openPage(browser, inject('urls').seed);
    await page.locator('.vis-item.vis-box').first().click();
    const pane = page.getByRole('region', { name: 'Event' });
    await expect.poll(() => pane.textContent()).toContain('The two leaders signed a pact');
    await expect(pane.textContent()).resolves.toContain('19 June 2024');
    await page.keyboard.press('Escape');
    await expect.poll(() => pane.textContent()).toContain('Select an event');
    await page.close();
  });
});

describe('hostile article text', () => {
  it('renders markup literally and runs none of it', async () => {
    const { page, errors } = await openPage(browser, inject('urls').hostile);
    const boxes = page.locator('.vis-item.vis-box');
    await expect.poll(() => boxes.count()).toBe(2);
    const hostile = boxes.filter({ hasText: 'Council' });
    await expect(hostile.textContent()).resolves.toContain('<script>window.__pwned = "title"</script>');
    await hostile.click();
    const pane = page.getByRole('region', { name: 'Event' });
    await expect.poll(() => pane.textContent()).toContain(`<img src=x onerror="window.__pwned='img2'">`);
    expect(await page.locator('.dl-app img, .dl-app script').count()).toBe(0);
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the wikinews demo', () => {
  it('shows real articles and takes the README screenshot', async () => {
    const { page, errors } = await openPage(browser, inject('urls').wikinews);
    expect(await page.locator('.dl-counts').textContent()).toContain('295 articles');
    expect(await page.locator('.vis-item.vis-box').count()).toBeGreaterThan(20);
    // A few weeks of news, one story open: what a reader sees first.
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(600);
    const inView = await boxesInView(page);
    expect(inView.length).toBeGreaterThan(3);
    await page.mouse.click(inView[1].x, inView[1].y);
    await expect.poll(() => page.getByRole('region', { name: 'Event' }).textContent()).toMatch(/Published/);
    const shot = process.env.SCREENSHOTS === '1' ? 'docs/screenshot.png' : '.cache/e2e/screenshot.png';
    fs.mkdirSync(shot.replace(/\/[^/]+$/, ''), { recursive: true });
    await page.screenshot({ path: shot });
    expect(errors).toEqual([]);
    await page.close();
  });
});
