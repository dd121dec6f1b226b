// Debian's Chromium driven by playwright-core, no downloaded browsers: one
// launch for the e2e suite and the bench alike.
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const OPTIONS = { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS };

export function launch(): Promise<Browser> {
  return chromium.launch(OPTIONS);
}

/** One browser for a whole e2e run, which every test file connects to (`connect`) instead of starting its own. */
export function launchServer(): Promise<BrowserServer> {
  return chromium.launchServer(OPTIONS);
}

export function connect(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
