// The reader's added articles joined to the bundled corpus, through the same
// functions as the Node ingest: collectCorpus (assemble.ts) gathers the added
// extractions, resolveActors (resolve/) runs once over bundled and added
// actors together, addSalience (rank/) scores every event of the union. Pure:
// runs in the extraction worker and in unit tests.
//
// The page has the bundled corpus' resolved actors, not its mentions (they are
// not in the index). Each bundled actor is therefore fed to the resolution as
// an actor of the articles its events and quotes name, with one mention per
// counted surface form (`aliasCounts`, which resolution itself wrote), so the
// vote, the forms and the co-occurrence the resolution reads are the ones it
// saw when the corpus was built.
import type { Actor, Article, Corpus, CorpusEvent, CorpusIndexFile, Mention, Quote, Warning } from '../corpus/schema';
import { collectCorpus, type ArticleExtraction } from '../ingest/assemble';
import { addSalience } from '../ingest/rank/salience';
import { resolveActors } from '../ingest/resolve';

export type BundledParts = Pick<CorpusIndexFile, 'actors' | 'events' | 'quotes'>;

export interface Merged {
  actors: Actor[];
  events: CorpusEvent[];
  quotes: Quote[];
  /** What extraction said about the added articles. */
  warnings: Warning[];
}

/** Bundled actor ids in the resolution's input: apart from any per-article id. */
const standIn = (id: string) => `\u0001${id}`;
/** The probe events that carry each bundled actor through the resolution (their span holds no mention). */
const PROBE = '\u0001probe';

/** The articles each bundled actor appears in, from the events and quotes that name it. */
function articlesOfActors(bundled: BundledParts): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  const add = (actorId: string, articleId: string) => {
    let set = out.get(actorId);
    if (!set) out.set(actorId, (set = new Set()));
    set.add(articleId);
  };
  for (const e of bundled.events) for (const id of e.actorIds) add(id, e.articleId);
  for (const q of bundled.quotes) if (q.speakerId !== null) add(q.speakerId, q.articleId);
  return new Map([...out].map(([id, set]) => [id, [...set]]));
}

/** Stand-ins for the bundled actors: actors, mentions into made-up texts of their surface forms, and one probe event each. */
function bundledInput(bundled: BundledParts) {
  const articlesOf = articlesOfActors(bundled);
  const texts = new Map<string, { text: string; at: Map<string, number> }>();
  const spanOf = (articleId: string, surface: string): [number, number] => {
    let t = texts.get(articleId);
    if (!t) texts.set(articleId, (t = { text: '', at: new Map() }));
    let at = t.at.get(surface);
    if (at === undefined) {
      at = t.text.length;
      t.at.set(surface, at);
      t.text += `${surface}\n`;
    }
    return [at, at + surface.length];
  };
  const actors: Actor[] = [];
  const mentions: Mention[] = [];
  const probes: CorpusEvent[] = [];
  for (const a of bundled.actors) {
    const id = standIn(a.id);
    const actor: Actor = { ...a, id };
    if (a.partOf) actor.partOf = standIn(a.partOf);
    delete actor.aliasCounts;
    actors.push(actor);
    const where = articlesOf.get(a.id) ?? [PROBE];
    let i = 0;
    for (const [surface, count] of Object.entries(a.aliasCounts ?? { [a.name]: 1 })) {
      for (let n = 0; n < count; n++) {
        const articleId = where[i++ % where.length];
        mentions.push({ actorId: id, articleId, span: spanOf(articleId, surface) });
      }
    }
    probes.push({
      id: `${PROBE}${a.id}`,
      articleId: PROBE,
      kind: 'mentioned',
      date: { start: '2000' },
      title: '',
      span: [0, 0],
      actorIds: [id],
    });
  }
  return { actors, mentions, probes, texts };
}

/**
 * The bundled corpus and the added articles resolved together. `extractions`:
 * each added article's validated extraction. Bundled events and quotes come
 * back with their actors renamed where resolution joined or renamed them, and
 * every event with its salience over the union.
 */
export function mergeAdded(bundled: BundledParts, articles: Article[], extractions: Map<string, ArticleExtraction>): Merged {
  const added = collectCorpus(articles, [], (a) => extractions.get(a.id));
  const input = bundledInput(bundled);
  const textArticles: Article[] = [...input.texts].map(([id, t]) => ({ id, date: '2000-01-01', title: '', text: t.text }));
  const corpus: Corpus = {
    ...added,
    articles: [...added.articles, ...textArticles],
    actors: [...input.actors, ...added.actors],
    mentions: [...input.mentions, ...added.mentions],
    events: [...added.events, ...input.probes],
  };
  resolveActors(corpus);
  const renamed = new Map<string, string | undefined>();
  for (const e of corpus.events.slice(added.events.length)) renamed.set(e.id.slice(PROBE.length), e.actorIds[0]);
  const rename = (ids: string[]) => [...new Set(ids.map((id) => renamed.get(id)).filter((x): x is string => x !== undefined))];
  const events = [...bundled.events.map((e) => ({ ...e, actorIds: rename(e.actorIds) })), ...corpus.events.slice(0, added.events.length)];
  const quotes = [
    ...bundled.quotes.map((q) => (q.speakerId === null ? q : { ...q, speakerId: renamed.get(q.speakerId) ?? null })),
    ...corpus.quotes,
  ];
  addSalience({ events, quotes });
  return { actors: corpus.actors, events, quotes, warnings: added.warnings };
}
