// `npm run bench:ingest [-- --copies N --workers N --single]`: ingest speed over
// the 295 Wikinews example articles repeated to ~3,000 (each copy its own id):
// a cold run (empty extraction cache), then a rebuild after editing one
// article (cache warm), both through the worker pool as the CLI runs them, and
// the dev server's in-process path for the rebuild. Prints figures, asserts none.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ingestFolder, ingestFolderParallel } from '../src/ingest/ingest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    copies: { type: 'string', default: '10' },
    workers: { type: 'string' },
    single: { type: 'boolean', default: false },
  },
});
const src = path.join(root, 'examples', 'wikinews', 'articles');
const names = fs
  .readdirSync(src)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-bench-'));
const dir = path.join(tmp, 'articles');
const cacheDir = path.join(tmp, 'cache');
fs.mkdirSync(dir);
for (let k = 0; k < Number(values.copies); k++) {
  for (const f of names) fs.copyFileSync(path.join(src, f), path.join(dir, `r${k}-${f}`));
}
const n = names.length * Number(values.copies);
const workers = values.workers === undefined ? undefined : Number(values.workers);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};
const load0 = os
  .loadavg()
  .map((x) => x.toFixed(1))
  .join(' ');
const rate = (count: number, ms: number) => `${Math.round((count / ms) * 1000)} articles/s`;
console.log(
  `bench:ingest: ${n} articles (${names.length} x ${values.copies}), ${os.availableParallelism()} cores, node ${process.version}`,
);

try {
  const rss0 = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const cold = await ingestFolderParallel(dir, {
    cacheDir,
    workers,
    onFallback: (m) => console.log(`workers unavailable (${m}); in-process`),
  });
  const peak = process.resourceUsage().maxRSS * 1024;
  const cpu = cpuMs(cpu0);
  console.log(
    `cold (no cache, workers):   ${Math.round(cold.ms)} ms, ${rate(n, cold.ms)}` +
      `, peak RSS ${mb(peak)} (start ${mb(rss0)}), ${cold.corpus.mentions.length} mentions`,
  );
  // CPU time of the process, its worker threads included: what the run costs whatever else the machine runs.
  console.log(
    `  cpu ${Math.round(cpu)} ms over ${os.availableParallelism()} cores` +
      ` (${rate(n, cpu / os.availableParallelism())} if the cores were all ours); load average before ${load0}`,
  );

  const edited = path.join(dir, `r0-${names[0]}`);
  fs.appendFileSync(edited, '\nOn Tuesday, Jane Example said the work "will be finished next spring".\n');
  const cpu1 = process.cpuUsage();
  const rebuild = await ingestFolderParallel(dir, { cacheDir, workers });
  console.log(
    `rebuild after 1 edit (CLI):  ${Math.round(rebuild.ms)} ms (cpu ${Math.round(cpuMs(cpu1))} ms)` +
      `, ${rebuild.stats?.extracted} extracted, ${rebuild.stats?.cached} cached`,
  );
  fs.appendFileSync(edited, 'A second edit.\n');
  const cpu2 = process.cpuUsage();
  const dev = ingestFolder(dir, undefined, { cacheDir });
  console.log(
    `rebuild after 1 edit (dev server, in-process): ${Math.round(dev.ms)} ms (cpu ${Math.round(cpuMs(cpu2))} ms)` +
      `, ${dev.stats?.extracted} extracted`,
  );

  if (values.single) {
    const one = ingestFolder(dir, undefined, { cacheDir: false });
    console.log(`cold (no cache, one core):  ${Math.round(one.ms)} ms, ${rate(n, one.ms)}`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
