// Small corpora written as per-article extraction would leave them: each
// article lists its actors as [name, kind, surface form], the form found in
// the text gives the mention's span; an actor named twice in one article is
// one per-article actor with two mentions.
import type { ActorKind, Corpus } from '../../../src/corpus/schema';
import { slug } from '../../../src/ingest/extract/actors';

export type Said = [name: string, kind: ActorKind, surface?: string];

export function corpusOf(articles: { id: string; text: string; actors: Said[] }[]): Corpus {
  const corpus: Corpus = { schemaVersion: 1, articles: [], actors: [], mentions: [], events: [], quotes: [], warnings: [] };
  const actors = new Map<string, Corpus['actors'][number]>();
  for (const a of articles) {
    corpus.articles.push({ id: a.id, date: '2024-01-01', title: a.id, text: a.text });
    let from = 0;
    const ids: string[] = [];
    for (const [name, kind, surface = name] of a.actors) {
      const at = a.text.indexOf(surface, from);
      if (at < 0) throw new Error(`"${surface}" not in the text of ${a.id} after ${from}`);
      from = at + surface.length;
      const id = `${kind}:${slug(name)}`;
      const actor = actors.get(id) ?? { id, name, kind, aliases: [] };
      if (!actor.aliases.includes(surface)) actor.aliases.push(surface);
      actors.set(id, actor);
      ids.push(id);
      corpus.mentions.push({ actorId: id, articleId: a.id, span: [at, at + surface.length] });
    }
    corpus.events.push({
      id: `${a.id}.published`,
      articleId: a.id,
      kind: 'published',
      date: { start: '2024-01-01' },
      title: a.id,
      span: [0, 0],
      actorIds: [...new Set(ids)],
    });
  }
  corpus.actors = [...actors.values()];
  return corpus;
}

/** The actor a mention of `surface` in article `articleId` ended on. */
export function actorAt(corpus: Corpus, articleId: string, surface: string, nth = 0) {
  const text = corpus.articles.find((a) => a.id === articleId)!.text;
  const hits = corpus.mentions.filter((m) => m.articleId === articleId && text.slice(m.span[0], m.span[1]) === surface);
  const id = hits[nth]?.actorId;
  return corpus.actors.find((a) => a.id === id);
}
