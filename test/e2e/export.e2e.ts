// Publishing what the reader found (issue 12): exports read back by the tools
// they are for (TimelineJS3 itself, a CSV parser, the corpus contract), the
// embedded view, and printing to PDF, on the wikinews demo.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { build, preview } from 'vite';
import { describe, expect, inject, it } from 'vitest';
import { validateCorpus } from '../../src/corpus/schema';
import { downloaded, openPage, region, sharedBrowser } from './browser';

const browser = sharedBrowser();
const wikinews = () => inject('urls').wikinews;
const require = createRequire(import.meta.url);
const TLJS_DIR = path.join(path.dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');

// Two years of Brexit news: filtered by a search, a few dozen events.
const FILTERED = '?from=2019-01-01&to=2020-12-31&q=Brexit';

/** A production build of the app on a corpus JSON, served (as global-setup does for folders). */
async function serveBuild(corpusFile: string, outDir: string) {
  const env = { corpus: process.env.DATELINE_CORPUS, node: process.env.NODE_ENV };
  process.env.DATELINE_CORPUS = corpusFile;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    if (env.corpus === undefined) delete process.env.DATELINE_CORPUS;
    else process.env.DATELINE_CORPUS = env.corpus;
    process.env.NODE_ENV = env.node;
  }
  return preview({
    configFile: path.resolve('vite.config.ts'),
    logLevel: 'error',
    build: { outDir },
    preview: { port: 4390, strictPort: false, open: false, host: '127.0.0.1' },
  });
}

/** Opens the Export menu, picks the extent and the format, returns the downloaded file. */
async function exportFile(page: Page, format: string, extent: 'This view' | 'All filtered events, any date' = 'This view') {
  const menu = page.getByRole('dialog', { name: 'Export' });
  if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Export', exact: true }).click();
  await menu.getByRole('radio', { name: extent }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: format }).click()]);
  return { name: download.suggestedFilename(), bytes: await downloaded(download) };
}

/** The Events panel's own count of the events in view. */
async function eventsInView(page: Page): Promise<number> {
  const head = region(page, 'Events').locator('.dl-panel-head .dl-muted');
  await expect.poll(() => head.textContent()).toMatch(/in view/);
  return Number((await head.textContent())!.replace(/[^\d]/g, ''));
}

function csvRows(bytes: Buffer) {
  const text = bytes.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed;
}

describe('export', () => {
  it('TimelineJS JSON of a filtered view loads in TimelineJS3 with one slide per event and a title slide', async () => {
    const { page, errors } = await openPage(browser(), wikinews() + FILTERED);
    const n = await eventsInView(page);
    expect(n).toBeGreaterThan(2);
    expect(n).toBeLessThan(300);
    const { name, bytes } = await exportFile(page, 'TimelineJS JSON');
    expect(name).toMatch(/\.json$/);
    const data = JSON.parse(bytes.toString('utf8'));
    expect(data.events).toHaveLength(n);
    expect(data.title.text.text).toContain('search “Brexit”');
    expect(errors).toEqual([]);

    const tl = await browser().newPage({ viewport: { width: 1200, height: 800 } });
    await tl.setContent('<!doctype html><html><body><div id="timeline" style="width:1100px;height:700px"></div></body></html>');
    await tl.addStyleTag({ path: path.join(TLJS_DIR, 'css/timeline.css') });
    await tl.addScriptTag({ path: path.join(TLJS_DIR, 'js/timeline.js') });
    await tl.evaluate((json) => {
      (window as unknown as { tl: unknown }).tl = new (
        window as unknown as { TL: { Timeline: new (id: string, d: unknown) => unknown } }
      ).TL.Timeline('timeline', json);
    }, data);
    await expect.poll(() => tl.locator('.tl-slide').count(), { timeout: 15_000 }).toBe(n + 1);
    // Its own marker for each event, on its time axis.
    expect(await tl.locator('.tl-timemarker').count()).toBe(n);
    const corpusName = (await page.locator('.dl-counts strong').textContent())!.replace(/ · $/, '');
    expect(await tl.locator('.tl-slide-titleslide .tl-headline').first().textContent()).toBe(corpusName);
    await tl.close();
    await page.close();
  });

  it('events and quotes CSV read back with every field; titles with commas and quotes survive', async () => {
    const { page } = await openPage(browser(), wikinews() + FILTERED);
    const n = await eventsInView(page);
    const events = csvRows((await exportFile(page, 'Events CSV')).bytes);
    expect(events.meta.fields).toEqual(['start', 'end', 'precision', 'date', 'title', 'actors', 'article', 'source', 'sentence']);
    expect(events.data).toHaveLength(n);
    for (const row of events.data) {
      expect(row.start).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(['year', 'month', 'day']).toContain(row.precision);
      expect(row.title).not.toBe('');
      expect(row.source).toMatch(/^https:\/\/en\.wikinews\.org\//);
      expect(row.sentence.length).toBeGreaterThan(0);
    }
    // The Events panel lists the same titles, including ones with commas and quotes.
    const listed = await region(page, 'Events').locator('.dl-event-row-title').allTextContents();
    expect(events.data.map((r) => r.title)).toEqual(listed);
    expect(listed.some((t) => /[,"“”']/.test(t))).toBe(true);

    const quotes = csvRows((await exportFile(page, 'Quotes CSV')).bytes);
    expect(quotes.meta.fields).toEqual(['speaker', 'quote', 'date', 'article', 'source']);
    const panelQuotes = await region(page, 'Quotes').locator('q').count();
    expect(quotes.data.length).toBe(panelQuotes);
    expect(quotes.data.every((q) => q.quote.length > 0 && q.article.length > 0)).toBe(true);
    await page.close();
  });

  it('the image is the timeline as on screen at twice its size', async () => {
    const { page, errors } = await openPage(browser(), wikinews() + FILTERED);
    const box = (await page.locator('.dl-timeline-region').boundingBox())!;
    const { name, bytes } = await exportFile(page, 'Image (PNG)');
    expect(name).toMatch(/\.png$/);
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(Math.abs(width - box.width * 2)).toBeLessThanOrEqual(2);
    expect(Math.abs(height - box.height * 2)).toBeLessThanOrEqual(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the corpus JSON holds every article with its body, meets the contract and rebuilds the app', async () => {
    const { page, errors } = await openPage(browser(), wikinews());
    const counts = (await page.locator('.dl-counts').textContent())!;
    const [articles, events, actors] = [...counts.matchAll(/([\d,]+) (article|event|actor)s/g)].map((m) => Number(m[1].replace(/,/g, '')));
    const { bytes } = await exportFile(page, 'Corpus JSON (all articles)');
    const corpus = validateCorpus(JSON.parse(bytes.toString('utf8')));
    expect([corpus.articles.length, corpus.events.length, corpus.actors.length]).toEqual([articles, events, actors]);
    expect(corpus.articles.every((a) => a.text.length > 0)).toBe(true);
    // Every event's span lies inside its article's text.
    const length = new Map(corpus.articles.map((a) => [a.id, a.text.length]));
    expect(corpus.events.every((e) => e.span[1] <= length.get(e.articleId)!)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();

    // The app rebuilt from the export shows the same corpus.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-export-'));
    const file = path.join(dir, 'wikinews.json');
    await writeFile(file, bytes);
    const server = await serveBuild(file, path.join(dir, 'dist'));
    try {
      const rebuilt = await openPage(browser(), server.resolvedUrls!.local[0]);
      expect(await rebuilt.page.locator('.dl-counts').textContent()).toBe(counts);
      expect(rebuilt.errors).toEqual([]);
      await rebuilt.page.close();
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('over TimelineJS limit, offers the top events by salience', async () => {
    const { page } = await openPage(browser(), wikinews());
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const menu = page.getByRole('dialog', { name: 'Export' });
    await menu.getByRole('radio', { name: 'All filtered events, any date' }).check();
    await menu.getByRole('button', { name: 'TimelineJS JSON' }).click();
    await expect.poll(() => menu.getByRole('alert').textContent()).toMatch(/TimelineJS is built for up to a few hundred slides/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('button', { name: 'Top 300 by salience' }).click(),
    ]);
    const data = JSON.parse((await downloaded(download)).toString('utf8'));
    expect(data.events).toHaveLength(300);
    await page.close();
  });
});

describe('embed', () => {
  it('?embed=1 shows the timeline and the event, not the panels; "Open in Dateline" restores the view', async () => {
    const { page, errors } = await openPage(browser(), `${wikinews()}${FILTERED}`);
    const first = region(page, 'Events').locator('.dl-event-row').first();
    const title = await first.locator('.dl-event-row-title').textContent();
    await first.click();
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/event=/);
    const view = new URLSearchParams(await page.evaluate(() => location.search));
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('button', { name: 'Embed…' }).click();
    const snippet = await page.locator('#dl-embed-code').inputValue();
    const src = /src="([^"]+)"/.exec(snippet)![1].replace(/&amp;/g, '&');
    expect(new URL(src).searchParams.get('embed')).toBe('1');
    expect(errors).toEqual([]);

    // The snippet in a page of another origin (its own server): framing is allowed.
    const publisher = createServer((_req, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(`<!doctype html><body>${snippet}</body>`),
    );
    await new Promise<void>((resolve) => publisher.listen(0, '127.0.0.1', resolve));
    const host = await browser().newPage({ viewport: { width: 1000, height: 700 } });
    await host.goto(`http://127.0.0.1:${(publisher.address() as AddressInfo).port}/story`);
    const frame = host.frameLocator('iframe');
    await expect.poll(() => frame.locator('.dl-timeline .vis-item').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await frame.getByRole('region', { name: 'Timeline', exact: true }).isVisible()).toBe(true);
    for (const name of ['Actors', 'Quotes', 'Events']) expect(await frame.getByRole('region', { name, exact: true }).count()).toBe(0);
    expect(await frame.locator('.dl-topbar').count()).toBe(0);
    await expect.poll(() => frame.locator('#dl-event-title').textContent()).toBe(title);
    await host.close();
    publisher.close();

    const { page: embedded, errors: embedErrors } = await openPage(browser(), src, { width: 900, height: 500 });
    const [opened] = await Promise.all([embedded.waitForEvent('popup'), embedded.getByRole('link', { name: 'Open in Dateline' }).click()]);
    await opened.locator('.vis-item').first().waitFor({ timeout: 15_000 });
    const restored = new URLSearchParams(await opened.evaluate(() => location.search));
    expect(restored.get('embed')).toBeNull();
    for (const key of ['from', 'to', 'q', 'event']) expect(restored.get(key)).toBe(view.get(key));
    expect(await region(opened, 'Actors').count()).toBe(1);
    expect(await opened.locator('#dl-event-title').textContent()).toBe(title);
    expect(embedErrors).toEqual([]);
    await opened.close();
    await embedded.close();
    await page.close();
  });
});

describe('print', () => {
  it('prints the timeline and the events in view on A4 landscape', async () => {
    const { page } = await openPage(browser(), wikinews() + FILTERED);
    const n = await eventsInView(page);
    const titles = await region(page, 'Events').locator('.dl-event-row-title').allTextContents();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
    const first = await doc.getPage(1);
    const { width, height } = first.getViewport({ scale: 1 });
    // A4 landscape in points.
    expect(Math.round(width)).toBe(842);
    expect(Math.round(height)).toBe(595);
    // The timeline page plus the list: a few dozen rows a page.
    expect(doc.numPages).toBeGreaterThanOrEqual(1);
    expect(doc.numPages).toBeLessThanOrEqual(2 + Math.ceil(n / 10));
    let text = '';
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent();
      text += ' ' + content.items.map((i) => ('str' in i ? i.str : '')).join(' ');
    }
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(`${n}eventsinview`);
    for (const t of titles) expect(flat).toContain(t.replace(/\s+/g, ''));
    // Panels stay off paper.
    expect(flat).not.toContain('Keyboardshortcuts');
    await page.emulateMedia({ media: 'print' });
    for (const name of ['Actors', 'Quotes']) expect(await region(page, name).isVisible()).toBe(false);
    // The screen's timeline, scaled into A4 landscape's 277 mm x 190 mm (1047 x 718 px): not cut off.
    const printed = (await page.locator('.dl-timeline-region').boundingBox())!;
    expect(printed.width).toBeGreaterThan(300);
    expect(printed.width).toBeLessThanOrEqual(1047);
    expect(printed.height).toBeLessThanOrEqual(718);
    await page.close();
  });
});
