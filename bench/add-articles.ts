// `npm run bench:add`: the time to add the 295 wikinews articles in the page
// (Chromium, a production build on seeds/), and the page's frame intervals
// while the workers read them. Prints the figures for docs/benchmarks.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, preview } from 'vite';
import { launch } from '../test/e2e/chromium';

const DIR = 'examples/wikinews/articles';
const outDir = path.resolve('.cache/bench-add');

process.env.NODE_ENV = 'production';
process.env.DATELINE_CORPUS = 'seeds';
await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
const server = await preview({
  configFile: path.resolve('vite.config.ts'),
  logLevel: 'error',
  build: { outDir },
  preview: { port: 0, open: false, host: '127.0.0.1' },
});
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(server.resolvedUrls!.local[0]);
  await page.locator('.vis-item').first().waitFor();
  const files = fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => path.resolve(DIR, f));
  const before = await page.locator('.dl-counts').textContent();
  // Every frame's time while the work runs: a long gap is a frame the page could not draw.
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.evaluate(
    `window.frames_ = []; const tick = (t) => { window.frames_.push(t); requestAnimationFrame(tick); }; requestAnimationFrame(tick);`,
  );
  const t0 = performance.now();
  await page.locator('#dl-add-files').setInputFiles(files);
  await page.waitForFunction(
    (n) => new RegExp(`\\b${n} articles`).test(document.querySelector('.dl-counts')?.textContent ?? ''),
    files.length + 1,
    {
      timeout: 300_000,
      polling: 100,
    },
  );
  const seconds = (performance.now() - t0) / 1000;
  const times = (await page.evaluate('window.frames_')) as number[];
  const gaps = times
    .slice(1)
    .map((t, i) => t - times[i])
    .sort((a, b) => a - b);
  const at = (q: number) => gaps[Math.min(gaps.length - 1, Math.floor(q * gaps.length))].toFixed(1);
  console.log(
    `machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), Chromium headless; workers: navigator.hardwareConcurrency`,
  );
  console.log(`before: ${before}`);
  console.log(`after:  ${await page.locator('.dl-counts').textContent()}`);
  console.log(`added ${files.length} articles in ${seconds.toFixed(1)} s (from the file input to the corpus shown)`);
  const steps = (await page.evaluate(
    "performance.getEntriesByType('measure').filter((m) => m.name.startsWith('dateline:add:')).map((m) => [m.name.slice(13), m.duration])",
  )) as [string, number][];
  console.log(`steps (ms): ${steps.map(([name, ms]) => `${name} ${Math.round(ms)}`).join(', ')}`);
  console.log(`frames while adding: ${gaps.length}, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${gaps.at(-1)?.toFixed(1)} ms`);
} finally {
  await browser.close();
  await server.close();
}
