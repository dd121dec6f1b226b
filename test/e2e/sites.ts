// The corpora the e2e suite builds and serves, each a production build.
export const SITES = {
  seed: 'seeds',
  wikinews: 'examples/wikinews',
  hostile: 'test/fixtures/hostile',
  // The wikinews demo as a tiled index (docs/tiles.md), forced: it is far below the size that makes tiles by itself.
  tiled: 'examples/wikinews',
} as const;

/** Environment a site is built with. */
export const SITE_ENV: Partial<Record<keyof typeof SITES, Record<string, string>>> = { tiled: { DATELINE_TILES: '1' } };

export type SiteName = keyof typeof SITES;

declare module 'vitest' {
  export interface ProvidedContext {
    urls: Record<SiteName, string>;
    /** The run's Chromium, to `connect` to (chromium.ts). */
    browser: string;
  }
}
