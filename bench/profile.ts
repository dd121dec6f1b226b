// `npm run bench:profile -- <built app dir> [--seconds S] [--app-rev REV]`:
// where a page's main thread spends the first S seconds after navigation, by
// function (self time, V8 sampling profiler through CDP). For a build that
// `npm run bench` left in .cache/bench/app-<size>.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appSource, serve } from './build';
import { launch } from './page';

/** The part of CDP's Profiler.Profile read here (times in µs). */
interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

function selfTimes(profile: Profile): [string, number][] {
  const total = profile.endTime - profile.startTime;
  const hits = new Map<number, number>();
  for (const id of profile.samples ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
  const samples = profile.samples?.length ?? 1;
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? ` ${path.basename(url)}:${lineNumber + 1}` : '';
    const name = `${functionName || '(anonymous)'}${where}`;
    byName.set(name, (byName.get(name) ?? 0) + ((hits.get(node.id) ?? 0) / samples) * total);
  }
  return [...byName].sort((a, b) => b[1] - a[1]);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { seconds: { type: 'string', default: '30' }, 'app-rev': { type: 'string' } },
  });
  if (!positionals[0]) throw new Error('usage: npm run bench:profile -- <built app dir> [--seconds S] [--app-rev REV]');
  const app = await appSource(path.resolve('.cache/bench'), values['app-rev']);
  const server = await serve(path.resolve(positionals[0]), app);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    await page.goto(server.url, { waitUntil: 'commit' });
    const first = page
      .locator('[aria-label="Timeline"] .vis-item')
      .first()
      .waitFor({ state: 'visible', timeout: Number(values.seconds) * 1000 })
      .then(
        () => `first item visible after ${Date.now() - t0} ms`,
        () => `no visible item within ${values.seconds} s`,
      );
    console.log(await first);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const times = selfTimes(profile);
    const all = times.reduce((sum, [, ms]) => sum + ms, 0) / 1000;
    const sampled = ((profile.endTime - profile.startTime) / 1e6).toFixed(1);
    console.log(`main thread sampled for ${sampled} s; self time by function (${all.toFixed(0)} ms in all):`);
    for (const [name, us] of times.slice(0, 25)) console.log(`${(us / 1000).toFixed(0).padStart(8)} ms  ${name}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main(process.argv.slice(2)).catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
