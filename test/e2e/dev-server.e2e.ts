// `npm start` watches the article folder: the page follows adds, edits and deletes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();
let server: ViteDevServer;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-dev-'));
  fs.writeFileSync(path.join(dir, 'one.txt'), 'date 2024-03-01\ntitle First story\n\nThe first story.');
  // The plugin reads its folder from the environment when the config resolves.
  process.env.DATELINE_CORPUS = dir;
  server = await createServer({
    configFile: path.resolve('vite.config.ts'),
    logLevel: 'error',
    server: { port: 4390, strictPort: false, host: '127.0.0.1', open: false },
  });
  delete process.env.DATELINE_CORPUS;
  await server.listen();
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('updates the page when an article is added, edited or deleted', async () => {
    const { page } = await openPage(browser(), server.resolvedUrls!.local[0]);
    const counts = page.locator('.dl-counts');
    await expect.poll(() => counts.textContent()).toContain('1 article');

    fs.writeFileSync(path.join(dir, 'two.txt'), 'date 2024-03-02\ntitle Second story\n\nThe second story.');
    await expect.poll(() => counts.textContent(), { timeout: 15_000 }).toContain('2 articles');

    fs.writeFileSync(path.join(dir, 'two.txt'), 'date 2024-03-02\ntitle Second story, edited\n\nThe second story.');
    await expect.poll(() => page.locator('.vis-item').allTextContents(), { timeout: 15_000 }).toContain('Second story, edited');

    fs.rmSync(path.join(dir, 'one.txt'));
    await expect.poll(() => counts.textContent(), { timeout: 15_000 }).toContain('1 article');
    await page.close();
  });
});
