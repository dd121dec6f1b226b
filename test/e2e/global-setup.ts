// Builds the app once per corpus (as `npm run build` does) and serves each
// build with `vite preview`, so the suite tests what users get.
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { launchServer } from './chromium';
import { SITE_ENV, SITES, type SiteName } from './sites';

const servers: PreviewServer[] = [];
let browser: BrowserServer | undefined;

export async function setup(project: TestProject) {
  // The run's one browser starts while the sites build.
  const launching = launchServer();
  // Vitest sets NODE_ENV=test, which would bundle React's development build:
  // the suite tests what `npm run build` ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  const urls = {} as Record<SiteName, string>;
  let port = 4310;
  for (const [name, dir] of Object.entries(SITES) as [SiteName, string][]) {
    const outDir = path.resolve('.cache/e2e', name);
    process.env.DATELINE_CORPUS = dir;
    const env = SITE_ENV[name] ?? {};
    Object.assign(process.env, env);
    await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
    for (const key of Object.keys(env)) delete process.env[key];
    const server = await preview({
      configFile: path.resolve('vite.config.ts'),
      logLevel: 'error',
      build: { outDir },
      preview: { port: port++, strictPort: false, open: false, host: '127.0.0.1' },
    });
    servers.push(server);
    urls[name] = server.resolvedUrls!.local[0];
  }
  delete process.env.DATELINE_CORPUS;
  process.env.NODE_ENV = nodeEnv;
  project.provide('urls', urls);
  browser = await launching;
  project.provide('browser', browser.wsEndpoint());
}

export async function teardown() {
  await Promise.all([...servers.map((s) => s.close()), browser?.close()]);
}
