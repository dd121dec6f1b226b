// The corpora the e2e suite builds and serves, each a production build.
export const SITES = {
  seed: 'seeds',
  wikinews: 'examples/wikinews',
  hostile: 'test/fixtures/hostile',
} as const;

export type SiteName = keyof typeof SITES;

declare module 'vitest' {
  export interface ProvidedContext {
    urls: Record<SiteName, string>;
  }
}
