// Added articles joined to a bundled corpus (src/add/merge.ts): the same
// resolution as a Node ingest of both folders, fed the bundled corpus as the
// page has it (its index: resolved actors, no mentions, no bodies).
import { describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../../../src/corpus/schema';
import { mergeAdded } from '../../../src/add/merge';
import { buildCorpus } from '../../../src/ingest/assemble';
import { extractArticle } from '../../../src/ingest/extract/extract-article';
import { addSalience } from '../../../src/ingest/rank/salience';
import { validateExtraction } from '../../../src/ingest/validate';

const article = (id: string, date: string, text: string): Article => ({ id, date, title: `${id} title`, text, file: `${id}.txt` });

const BUNDLED = [
  article('b1', '2019-05-01', 'Donald Trump met Emmanuel Macron in Paris on Monday. "We had a great meeting," Donald Trump said.'),
  article('b2', '2019-05-03', 'President Donald Trump signed an order in Washington. Trump said it would help farmers in Iowa.'),
];

function bundledIndex(): Corpus {
  const extractions = new Map(BUNDLED.map((a) => [a.id, validateExtraction(extractArticle(a), a)]));
  return addSalience(buildCorpus(BUNDLED, [], (a) => extractions.get(a.id)));
}

function extracted(...articles: Article[]) {
  return new Map(articles.map((a) => [a.id, validateExtraction(extractArticle(a), a)]));
}

describe('mergeAdded', () => {
  it('joins an added article\'s "Trump" to the bundled Donald Trump, speaker and events alike', () => {
    const bundled = bundledIndex();
    const trump = bundled.actors.find((a) => a.name === 'Donald Trump')!;
    expect(trump).toBeDefined();
    const mine = article(
      'mine',
      '2019-06-01',
      'President Trump said on Monday that the economy was strong. "We are doing great," Trump told reporters.',
    );
    const merged = mergeAdded(bundled, [mine], extracted(mine));
    expect(merged.actors.filter((a) => /trump/i.test(a.name)).map((a) => a.id)).toEqual([trump.id]);
    const quote = merged.quotes.find((q) => q.articleId === 'mine')!;
    expect(quote.speakerId).toBe(trump.id);
    expect(merged.events.filter((e) => e.articleId === 'mine').some((e) => e.actorIds.includes(trump.id))).toBe(true);
    // Counted with the bundled mentions: the added ones are on top of them.
    expect(merged.actors.find((a) => a.id === trump.id)!.aliasCounts!.Trump).toBeGreaterThan(trump.aliasCounts!.Trump ?? 0);
  });

  it('finds the actors a Node ingest of both folders finds', () => {
    const mine = article(
      'mine',
      '2019-06-01',
      'President Trump said on Monday that the economy was strong. "We are doing great," Trump told reporters.',
    );
    const all = [...BUNDLED, mine];
    const x = extracted(...all);
    const node = buildCorpus(all, [], (a) => x.get(a.id));
    const merged = mergeAdded(bundledIndex(), [mine], extracted(mine));
    const byId = (actors: { id: string; aliasCounts?: Record<string, number> }[]) => actors.map((a) => [a.id, a.aliasCounts]).sort();
    expect(byId(merged.actors)).toEqual(byId(node.actors));
    expect(merged.quotes.map((q) => q.speakerId)).toEqual(node.quotes.map((q) => q.speakerId));
  });

  it('with nothing added, gives back the bundled actors and every bundled event its actors', () => {
    const bundled = bundledIndex();
    const merged = mergeAdded(bundled, [], new Map());
    expect(merged.actors.map((a) => a.id).sort()).toEqual(bundled.actors.map((a) => a.id).sort());
    expect(merged.events.map((e) => e.actorIds)).toEqual(bundled.events.map((e) => e.actorIds));
    expect(merged.quotes.map((q) => q.speakerId)).toEqual(bundled.quotes.map((q) => q.speakerId));
  });

  it('scores salience over the union: every event, bundled and added, has one', () => {
    const bundled = bundledIndex();
    const mine = article('mine', '2019-05-03', 'Farmers in Iowa welcomed the order on Friday, Trump said.');
    const merged = mergeAdded(bundled, [mine], extracted(mine));
    expect(merged.events.length).toBeGreaterThan(bundled.events.length);
    expect(merged.events.every((e) => typeof e.salience === 'number' && e.salience >= 0 && e.salience <= 1)).toBe(true);
  });
});
