// Debian's Chromium driven by playwright-core; no downloaded browsers.
import { chromium, type Browser, type Page } from 'playwright-core';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
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
  return page.locator('.vis-time-axis.vis-foreground .vis-text').allTextContents().then((t) => t.join('|'));
}

/** Centres of the box items fully inside the timeline, left to right. */
export function boxesInView(page: Page): Promise<{ x: number; y: number; text: string }[]> {
  return page.evaluate(() => {
    const frame = document.querySelector('.dl-timeline')!.getBoundingClientRect();
    return [...document.querySelectorAll('.vis-item.vis-box')]
      .map((el) => ({ r: el.getBoundingClientRect(), text: el.textContent ?? '' }))
      .filter(({ r }) => r.width > 0 && r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom)
      .sort((a, b) => a.r.left - b.r.left)
      .map(({ r, text }) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2, text }));
  });
}
