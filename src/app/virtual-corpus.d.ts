declare module 'virtual:dateline/corpus' {
  /** The corpus index (../corpus/schema.ts: CorpusIndexFile). */
  export const corpusUrl: string;
  /** The folder of article bodies: `${bodiesUrl}${article.body}.json`. */
  export const bodiesUrl: string;
}
