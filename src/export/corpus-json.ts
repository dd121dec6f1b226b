// The loaded corpus back in the contract's format: the index with each
// article's body put back. The index carries no mentions (the app never
// needs them), so the export has none; everything else round-trips.
import { validateCorpus, type Corpus, type CorpusIndexFile } from '../corpus/schema';

export function toCorpus(index: CorpusIndexFile, bodies: ReadonlyMap<string, string>): Corpus {
  const articles = index.articles.map(({ body: _body, length: _length, ...head }) => {
    const text = bodies.get(head.id);
    if (text === undefined) throw new Error(`the body of article "${head.id}" is not loaded`);
    return { ...head, text };
  });
  const { articles: _heads, ...rest } = index;
  // Checked here: a download that `npm run ingest`'s readers reject is worse than an error.
  return validateCorpus({ ...rest, articles, mentions: [] });
}
