// "Woody Allen's Match Point", "Apple Computer's iTunes", "Apple's Steve Jobs": a mention is the noun phrase that
// names someone or something, its owner's name included, as the gum and meantime annotations write mentions. The
// owner keeps its own mention inside. Done after resolution, which reads each mention's own name (`nameStarts`), so
// a corpus resolved again (pieces merged, articles added) reads the same names.
import type { Corpus } from '../../corpus/schema';
import { push } from './keys';

const OWNS = /^['’]s $/;

/** Mentions of the corpus by article, in text order. */
function byArticle(mentions: Corpus['mentions']): Map<string, Corpus['mentions']> {
  const out = new Map<string, Corpus['mentions']>();
  for (const m of mentions) push(out, m.articleId, m);
  for (const list of out.values()) list.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  return out;
}

/** Where each mention's own name starts: after its owner's "'s" when the span was widened to the owner. */
export function nameStarts(mentions: Corpus['mentions'], texts: Map<string, string>): Map<Corpus['mentions'][number], number> {
  const starts = new Map<Corpus['mentions'][number], number>();
  for (const [id, list] of byArticle(mentions)) {
    const text = texts.get(id) ?? '';
    for (let i = 0; i + 1 < list.length; i++) {
      const owner = list[i];
      for (let j = i + 1; j < list.length && list[j].span[0] === owner.span[0]; j++) {
        const m = list[j];
        if (m.span[1] > owner.span[1] + 3 && OWNS.test(text.slice(owner.span[1], owner.span[1] + 3))) starts.set(m, owner.span[1] + 3);
      }
    }
  }
  return starts;
}

/**
 * Widens each mention right after another's "'s" to start with that owner's name. Not after a thing ("the iPod's
 * screen" names no screen), nor the owner itself. Idempotent: a widened mention no longer follows an "'s".
 */
export function widenToOwners(corpus: Corpus): void {
  const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
  const kinds = new Map(corpus.actors.map((a) => [a.id, a.kind]));
  for (const [id, list] of byArticle(corpus.mentions)) {
    const text = texts.get(id) ?? '';
    const byEnd = new Map(list.map((m) => [m.span[1], m]));
    for (const m of list) {
      const owner = byEnd.get(m.span[0] - 3);
      if (!owner || owner.actorId === m.actorId || kinds.get(owner.actorId) === 'thing') continue;
      if (OWNS.test(text.slice(m.span[0] - 3, m.span[0]))) m.span = [owner.span[0], m.span[1]];
    }
  }
}
