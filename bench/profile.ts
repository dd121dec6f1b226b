// `npm run bench:profile -- <built app dir> [--seconds S] [--app-rev REV] [--ticks N] [--out FILE]`:
// where a page's main thread spends the first S seconds after navigation, by
// function (self time, V8 sampling profiler through CDP); with `--ticks N`,
// where N actor ticks (bench:compare's) spend it instead, by self and by
// total time. For a build that `npm run bench` left in .cache/bench/app-<size>.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { appSource, serve } from './build';
import { launch } from './page';
import { readyToTick, tickOnce } from './tick';

/** The part of CDP's Profiler.Profile read here (times in µs). */
interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

const nameOf = ({ functionName, url, lineNumber }: Profile['nodes'][number]['callFrame']) =>
  `${functionName || '(anonymous)'}${url ? ` ${path.basename(url)}:${lineNumber + 1}` : ''}`;

/** Per function: self time, and total time (self and callees, each sample counted once per function) in µs. */
function times(profile: Profile): { self: [string, number][]; total: [string, number][] } {
  const usPerSample = (profile.endTime - profile.startTime) / (profile.samples?.length ?? 1);
  const hits = new Map<number, number>();
  for (const id of profile.samples ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, count] of hits) {
    const us = count * usPerSample;
    const name = nameOf(byId.get(id)!.callFrame);
    self.set(name, (self.get(name) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const up = nameOf(byId.get(at)!.callFrame);
      if (!seen.has(up)) total.set(up, (total.get(up) ?? 0) + us);
      seen.add(up);
    }
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { self: sorted(self), total: sorted(total) };
}

function print(label: string, rows: [string, number][], count: number): void {
  console.log(label);
  for (const [name, us] of rows.slice(0, count)) console.log(`${(us / 1000).toFixed(0).padStart(8)} ms  ${name}`);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      seconds: { type: 'string', default: '30' },
      'app-rev': { type: 'string' },
      ticks: { type: 'string' },
      out: { type: 'string' },
    },
  });
  if (!positionals[0])
    throw new Error('usage: npm run bench:profile -- <built app dir> [--seconds S] [--app-rev REV] [--ticks N] [--out FILE]');
  const app = await appSource(path.resolve('.cache/bench'), values['app-rev']);
  const server = await serve(path.resolve(positionals[0]), app);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: values.ticks ? 200 : 1000 });
    if (values.ticks) {
      await readyToTick(page, server.url);
      await cdp.send('Profiler.start');
      const ms: number[] = [];
      for (let k = 0; k < Number(values.ticks); k++) {
        ms.push(Math.round(await tickOnce(page)));
        await page.waitForTimeout(300); // as bench:compare: what the tick left behind settles between ticks
      }
      console.log(`actor ticks (ms): ${ms.join(' ')}`);
    } else {
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
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    if (values.out) fs.writeFileSync(values.out, JSON.stringify(profile)); // a .cpuprofile DevTools opens
    const { self, total } = times(profile);
    const all = self.reduce((sum, [name, us]) => sum + (name.startsWith('(idle)') ? 0 : us), 0) / 1000;
    const sampled = ((profile.endTime - profile.startTime) / 1e6).toFixed(1);
    print(`main thread sampled for ${sampled} s, ${all.toFixed(0)} ms not idle; self time by function:`, self, 25);
    if (values.ticks) print('total time (self and callees) by function:', total, 40);
  } finally {
    await browser.close();
    await server.close();
  }
}

main(process.argv.slice(2)).catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
