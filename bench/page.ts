// One page load measured in headless Chromium: first painted item, frame
// times while zooming and panning, the actor filter, JS heap. The same script
// runs against the app and the plain page. Every step has a deadline, so a
// page that freezes costs one timeout, not the whole bench.
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launch } from '../test/e2e/chromium';

export { launch };

const DAY = 864e5;
const TWENTY_YEARS = 20 * 365.25 * DAY;
/** One wheel notch: vis-timeline zooms by a fixed factor per wheel event, whatever its size. */
const WHEEL = 120;
/** Enough notches for 1 day <-> 200 years at the gentlest zoomFriction in use (8: 1.125 a notch). */
const MAX_NOTCHES = 120;

export type Figure = number | 'timeout' | 'n/a' | 'skipped' | 'crashed';
export interface Frames {
  p50: Figure;
  p95: Figure;
  max: Figure;
}
export interface PageFigures {
  firstItem: Figure;
  fetchedKB: Figure;
  heapMB: Figure;
  /** JS heap after the zoom from one day to 20 years and back, after a forced GC. */
  heapAfterZoomMB: Figure;
  pan: Frames;
  zoom: Frames;
  actor: Figure;
  errors: string[];
}

class Timeout extends Error {}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** The page side: bench/instrument.js, as window.bench. */
interface InPage {
  firstItem: number;
  fetched: number;
  record(): void;
  stop(): number[];
  nextFrame(): Promise<0>;
  windowMs(): number;
  tickActor(): Promise<Figure>;
}
const INSTRUMENT = fileURLToPath(new URL('./instrument.js', import.meta.url));
declare global {
  interface Window {
    bench: InPage;
  }
}
const nextFrame = (page: Page) => page.evaluate(() => window.bench.nextFrame());

function percentiles(times: number[]): Frames {
  const gaps = times
    .slice(1)
    .map((t, i) => t - times[i])
    .sort((a, b) => a - b);
  if (gaps.length === 0) return { p50: 'n/a', p95: 'n/a', max: 'n/a' };
  const at = (q: number) => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))];
  return { p50: at(0.5), p95: at(0.95), max: gaps[gaps.length - 1] };
}

/** Records rAF intervals while `script` runs. */
async function frames(page: Page, script: () => Promise<void>): Promise<Frames> {
  await page.evaluate(() => window.bench.record());
  await script();
  await nextFrame(page);
  const times = await page.evaluate(() => window.bench.stop());
  return percentiles(times);
}

async function centre(page: Page) {
  const box = await page.getByRole('region', { name: 'Timeline' }).boundingBox();
  if (!box) throw new Error('no Timeline region');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Notches without a change of the window that say it is at the timeline's widest. */
const STILL_NOTCHES = 6;

/** Ctrl+wheel, one notch a frame, until the window is at least (out) or at most (in) `targetMs`. */
async function zoomTo(page: Page, targetMs: number, direction: 'in' | 'out') {
  await page.keyboard.down('Control');
  try {
    let first = -1;
    let last = -1;
    let still = 0;
    for (let i = 0; ; i++) {
      const width = await page.evaluate(() => window.bench.windowMs());
      if (width < 0) throw new Error('cannot read the timeline window');
      if (direction === 'out' ? width >= targetMs : width <= targetMs) return;
      if (first < 0) first = width;
      // The timeline zooms out no further than about its corpus's span (the seed's: 14 years): there, zooming out
      // ends; a window that never widened at all is a zoom that does not work, and stays an error below.
      still = width === last ? still + 1 : 0;
      last = width;
      if (direction === 'out' && still >= STILL_NOTCHES && width > first) return;
      if (i === MAX_NOTCHES) throw new Error(`zoom ${direction} stuck at a ${(width / DAY).toFixed(1)}-day window`);
      await page.mouse.wheel(0, direction === 'out' ? WHEEL : -WHEEL);
      await nextFrame(page);
    }
  } finally {
    await page.keyboard.up('Control');
  }
}

async function pan(page: Page) {
  const { x, y } = await centre(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 400, y, { steps: 20 });
  await page.mouse.move(x + 400, y, { steps: 40 });
  await page.mouse.move(x, y, { steps: 20 });
  await page.mouse.up();
}

export interface MeasureOptions {
  stepTimeoutMs: number;
}

/** Figures for a page not (yet) measured; `why` goes to its errors. */
export function unmeasured(why?: string): PageFigures {
  return {
    firstItem: 'skipped',
    fetchedKB: 'skipped',
    heapMB: 'skipped',
    heapAfterZoomMB: 'skipped',
    actor: 'skipped',
    pan: { p50: 'skipped', p95: 'skipped', max: 'skipped' },
    zoom: { p50: 'skipped', p95: 'skipped', max: 'skipped' },
    errors: why ? [why] : [],
  };
}

/** Loads `url` in a fresh context and measures it; never throws for the page's own failures. */
export async function measure(browser: Browser, url: string, opts: MeasureOptions): Promise<PageFigures> {
  const out = unmeasured();
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  let crashed = false;
  page.on('crash', () => {
    crashed = true;
    out.errors.push('page crashed');
  });
  page.on('pageerror', (e) => out.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') out.errors.push(`console: ${m.text()}`);
  });
  await page.addInitScript({ path: INSTRUMENT });
  const heapMB = async () => {
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20;
  };

  const steps: [string, () => Promise<void>][] = [
    [
      'firstItem',
      async () => {
        await page.goto(url, { waitUntil: 'commit' });
        await page.waitForFunction(() => window.bench.firstItem > 0, undefined, { polling: 50, timeout: 0 });
        const b = await page.evaluate(() => ({ firstItem: window.bench.firstItem, fetched: window.bench.fetched }));
        out.firstItem = b.firstItem;
        out.fetchedKB = b.fetched / 1024;
      },
    ],
    [
      'heapMB',
      async () => {
        out.heapMB = await heapMB();
      },
    ],
    [
      'pan',
      async () => {
        out.pan = await frames(page, () => pan(page));
      },
    ],
    [
      'zoom',
      async () => {
        const { x, y } = await centre(page);
        await page.mouse.move(x, y);
        await zoomTo(page, DAY, 'in'); // not measured
        out.zoom = await frames(page, async () => {
          await zoomTo(page, TWENTY_YEARS, 'out');
          await zoomTo(page, DAY, 'in');
        });
      },
    ],
    [
      'heapAfterZoomMB',
      async () => {
        out.heapAfterZoomMB = await heapMB();
      },
    ],
    [
      'actor',
      async () => {
        out.actor = await page.evaluate(() => window.bench.tickActor());
      },
    ],
  ];
  for (const [name, run] of steps) {
    try {
      await within(opts.stepTimeoutMs, run());
    } catch (err) {
      const failed: Figure = crashed ? 'crashed' : err instanceof Timeout ? 'timeout' : 'n/a';
      if (!(err instanceof Timeout) && !crashed) out.errors.push(`${name}: ${(err as Error).message.split('\n')[0]}`);
      if (name === 'pan' || name === 'zoom') out[name] = { p50: failed, p95: failed, max: failed };
      else (out as unknown as Record<string, Figure>)[name] = failed;
      break; // the page is frozen, gone or broken: later steps would only wait too
    }
  }
  await within(10_000, context.close()).catch(() => out.errors.push('context did not close'));
  return out;
}

/** From typing `word` in the search box to the frame after its first result is listed, in a fresh browser. */
export async function firstSearch(url: string, word: string, timeoutMs: number): Promise<Figure> {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await page.locator('.vis-item').first().waitFor({ timeout: timeoutMs });
    const box = page.getByRole('combobox', { name: 'Search' });
    await box.focus();
    // Timed in the page: from the input event to the frame after the first option appears.
    const ms = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const input = document.querySelector<HTMLInputElement>('#dl-search')!;
          let t0 = 0;
          input.addEventListener('input', () => (t0 = t0 || performance.now()));
          const seen = new MutationObserver(() => {
            if (!document.querySelector('[role="listbox"][aria-label="Search results"] [role="option"]')) return;
            seen.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - t0));
          });
          seen.observe(document.body, { childList: true, subtree: true });
        }),
    );
    await box.pressSequentially(word);
    return await within(timeoutMs, ms).catch((err: Error): Figure => (err instanceof Timeout ? 'timeout' : 'n/a'));
  } finally {
    await browser.close();
  }
}

/** The median of the numbers among `figures` (the lower middle one of an even count); none: the first figure. */
export function medianOf(figures: Figure[]): Figure {
  const nums = figures.filter((f): f is number => typeof f === 'number' && Number.isFinite(f)).sort((a, b) => a - b);
  return nums.length === 0 ? (figures[0] ?? 'skipped') : nums[Math.floor((nums.length - 1) / 2)];
}

/** The median of each figure over several loads (numbers only; a figure no load measured keeps the first load's word). */
export function medianFigures(runs: PageFigures[]): PageFigures {
  const median = medianOf;
  const frames = (pick: (f: PageFigures) => Frames): Frames => ({
    p50: median(runs.map((r) => pick(r).p50)),
    p95: median(runs.map((r) => pick(r).p95)),
    max: median(runs.map((r) => pick(r).max)),
  });
  return {
    firstItem: median(runs.map((r) => r.firstItem)),
    fetchedKB: median(runs.map((r) => r.fetchedKB)),
    heapMB: median(runs.map((r) => r.heapMB)),
    heapAfterZoomMB: median(runs.map((r) => r.heapAfterZoomMB)),
    pan: frames((r) => r.pan),
    zoom: frames((r) => r.zoom),
    actor: median(runs.map((r) => r.actor)),
    errors: [...new Set(runs.flatMap((r) => r.errors))],
  };
}
