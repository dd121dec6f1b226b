declare module 'virtual:dateline/corpus' {
  /** The corpus index (../corpus/schema.ts: CorpusIndexFile). */
  export const corpusUrl: string;
  /** The tiled index's manifest (../corpus/tiles.ts, docs/tiles.md) when the build made tiles, else ''; corpusUrl is '' then. */
  export const tilesUrl: string;
  /** The folder of article bodies: `${bodiesUrl}${article.body}.json`. */
  export const bodiesUrl: string;
}

/** The extractor's version, set at build (vite.config.ts `define`): a kept extraction of another version is redone. */
declare const __DATELINE_EXTRACTOR__: string;
