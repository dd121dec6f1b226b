// `npm run test:e2e`: the end-to-end suite in Debian's Chromium. Without a
// browser it says so loudly and skips, except on CI, where that is a failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  const line = `SKIPPED e2e: no Chromium (apt-get install chromium) at ${chromium}`;
  console.error(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}\n`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
const args = ['vitest', 'run', '--config', 'test/e2e/vitest.config.ts', ...process.argv.slice(2)];
const result = spawnSync('npx', args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
