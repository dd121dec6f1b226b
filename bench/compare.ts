// `npm run bench:compare -- <built app dir> <built app dir> ... [--runs N] [--ticks N]`:
// several builds of the app measured interleaved in one run (A, B, A, B, ...),
// so a shared, noisy machine weighs on each the same way. Per build: first
// item (navigation to the first visible timeline item, a fresh page each
// run) and actor tick (the first actor's checkbox clicked, until the
// timeline's DOM changed and a frame followed; also as the page's
// main-thread CPU time, which the machine's other load moves far less).
// Prints medians and each build's ratio to the first. To compare apps on one corpus, build each on a
// one-article folder and copy the same corpus file over each build's own
// (docs/benchmarks.md, "three apps on the same corpus").
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { appSource, serve } from './build';
import { launch } from './page';
import { readyToTick, tracedTicks, TIMELINE_ITEM } from './tick';

async function firstItem(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  await page.locator(TIMELINE_ITEM).first().waitFor({ state: 'visible', timeout: 60_000 });
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return ms;
}

async function ticks(browser: Browser, url: string, count: number): Promise<{ wall: number[]; cpu: number[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await readyToTick(page, url);
  const out = await tracedTicks(browser, page, count);
  await page.close();
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { runs: { type: 'string', default: '4' }, ticks: { type: 'string', default: '6' } },
  });
  if (positionals.length === 0) throw new Error('usage: npm run bench:compare -- <built app dir> ... [--runs N] [--ticks N]');
  // Served with the working tree's config (its headers and types), whatever commit built each.
  const app = await appSource(path.resolve('.cache/bench'));
  const servers = await Promise.all(positionals.map((dir) => serve(path.resolve(dir), app)));
  const browser = await launch();
  const first = positionals.map((): number[] => []);
  const tick = positionals.map((): number[] => []);
  const cpu = positionals.map((): number[] => []);
  try {
    for (let r = 0; r < Number(values.runs); r++) {
      for (const [i, server] of servers.entries()) first[i].push(await firstItem(browser, server.url));
    }
    for (let r = 0; r < 2; r++) {
      for (const [i, server] of servers.entries()) {
        const { wall, cpu: used } = await ticks(browser, server.url, Number(values.ticks));
        tick[i].push(...wall);
        cpu[i].push(...used);
      }
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  const ratio = (xs: number[][], i: number) => (median(xs[i]) / median(xs[0])).toFixed(2);
  positionals.forEach((dir, i) => {
    console.log(`${dir}`);
    console.log(`  first item (ms): ${first[i].map(Math.round).join(' ')}; median ${Math.round(median(first[i]))} (${ratio(first, i)}x)`);
    console.log(`  actor tick (ms): ${tick[i].map(Math.round).join(' ')}; median ${Math.round(median(tick[i]))} (${ratio(tick, i)}x)`);
    console.log(
      `  actor tick, main-thread CPU (ms): ${cpu[i].map(Math.round).join(' ')}; median ${Math.round(median(cpu[i]))} (${ratio(cpu, i)}x)`,
    );
  });
}

main(process.argv.slice(2)).catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
