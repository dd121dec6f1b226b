// Keeps `npm run bench` from rotting: a 200-article run must produce every
// figure as a number. It asserts no time: the machine is shared and noisy.
import { describe, expect, it } from 'vitest';
import { runBench } from './run';

const number = expect.any(Number);

describe('npm run bench (N = 200)', () => {
  it('measures ingest, build sizes and, for the app and the plain page, every browser figure', async () => {
    // BENCH_APP_REV measures a commit instead of the working tree (see bench/build.ts).
    const appRev = process.env.BENCH_APP_REV;
    const { rows, baseline, table } = await runBench({ sizes: ['200'], seed: 1, timeoutS: 90, appRev, log: () => undefined });
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ articles: 200, ingestMs: number, warmIngestMs: number, buildMs: number });
    expect(row.events).toBeGreaterThanOrEqual(200);
    expect(baseline.js).toBeGreaterThan(0);
    expect(baseline.css).toBeGreaterThan(0);
    expect(row.corpus.gzip).toBeGreaterThan(0);
    for (const page of [row.app, row.plain]) {
      expect(page.errors).toEqual([]);
      const frames = { p50: number, p95: number, max: number };
      expect(page).toMatchObject({ firstItem: number, fetchedKB: number, heapMB: number, zoom: frames, pan: frames });
    }
    expect(row.app.heapAfterZoomMB).toEqual(number);
    expect(row.search).toEqual(number);
    // The actor panel may not exist yet: then the figure says so.
    expect(typeof row.app.actor === 'number' || row.app.actor === 'n/a').toBe(true);
    expect(table).toContain('first item painted');
  }, 400_000);
});
