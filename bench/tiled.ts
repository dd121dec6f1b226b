// `npm run bench:tiles -- <corpus.json | parts folder | npm run tiles output> [--timeout S] [--app-rev REV]`:
// builds the app in tiled mode (docs/tiles.md) on that corpus and measures it
// in Chromium as `npm run bench` measures the whole-index app (bench/page.ts),
// plus the heap after zooming from a day to 20 years and back and the time to
// the first search results. Prints a table; writes nothing else. A million
// articles' events are far beyond what the plain vis-timeline page can load
// (toolchain.md), so it has no column here: docs/benchmarks.md has its figures
// at the sizes it can hold.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prebuiltManifest } from '../src/ingest/tiles/plugin-tiles';
import { appSource, buildApp, distSizes, serve } from './build';
import { firstSearch, launch, measure, type Figure } from './page';

const WORK = path.resolve('.cache/bench');

const fmt = (f: Figure, digits = 0) => (typeof f === 'number' ? f.toLocaleString('en', { maximumFractionDigits: digits }) : f);

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { timeout: { type: 'string', default: '60' }, word: { type: 'string', default: 'president' }, 'app-rev': { type: 'string' } },
  });
  const [input] = positionals;
  if (!input || !fs.existsSync(input)) throw new Error('usage: npm run bench:tiles -- <corpus.json | parts folder | tiles folder>');
  const timeoutMs = Number(values.timeout) * 1000;
  // A commit instead of the working tree (as `npm run bench -- --app-rev`): tiles built by that commit's format.
  const app = await appSource(WORK, values['app-rev']);
  const outDir = path.join(WORK, `tiled-${path.basename(path.resolve(input))}`);
  process.env.DATELINE_TILES = '1';
  const started = performance.now();
  // A folder `npm run tiles` wrote: its index's folder is kept from the last build (linking it again takes minutes).
  const prebuilt = prebuiltManifest(input);
  const root = prebuilt && (JSON.parse(fs.readFileSync(path.join(input, prebuilt), 'utf8')) as { root: string }).root.replace(/\/$/, '');
  // Only the working tree's plugin renames a complete folder into place; an older one copies over it.
  await buildApp(app, input, outDir, root && app.root === process.cwd() ? [`dateline/tiles/${root}`] : undefined);
  const buildS = (performance.now() - started) / 1000;
  const buildRssMB = process.resourceUsage().maxRSS / 1024;
  const sizes = distSizes(path.join(outDir, 'assets'));
  const server = await serve(outDir, app);
  try {
    const browser = await launch();
    const figures = await measure(browser, server.url, { stepTimeoutMs: timeoutMs });
    await browser.close();
    const search = await firstSearch(server.url, values.word, timeoutMs);
    const load = os.loadavg().map((l) => l.toFixed(2));
    const rows: [string, string][] = [
      ['build (vite + tiles), s', fmt(buildS, 1)],
      ['build peak RSS (whole process), MB', fmt(buildRssMB)],
      ['app JS + CSS gzip, KB', fmt((sizes.js + sizes.css) / 1024)],
      ['first item from navigation, ms', fmt(figures.firstItem)],
      ['fetched before first item, KB', fmt(figures.fetchedKB)],
      ['JS heap after load, MB', fmt(figures.heapMB, 1)],
      ['JS heap after zoom 1 day -> 20 years -> 1 day, MB', fmt(figures.heapAfterZoomMB, 1)],
      ['pan frames p50 / p95 / max, ms', [figures.pan.p50, figures.pan.p95, figures.pan.max].map((f) => fmt(f, 1)).join(' / ')],
      ['zoom frames p50 / p95 / max, ms', [figures.zoom.p50, figures.zoom.p95, figures.zoom.max].map((f) => fmt(f, 1)).join(' / ')],
      ['actor ticked, ms', fmt(figures.actor)],
      [`first search results ("${values.word}"), ms`, fmt(search)],
    ];
    console.log(`Tiled app (${app.label}) on ${input}; load average ${load.join(' ')}; ${os.cpus().length} cores`);
    console.log('| figure | tiled app |\n| --- | --- |');
    for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
    if (figures.errors.length) console.log(`errors: ${figures.errors.join('; ')}`);
  } finally {
    await server.close();
  }
}

// Exits when done: the preview server's keep-alive sockets would hold the process open.
main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(err.message);
    process.exit(1);
  },
);
