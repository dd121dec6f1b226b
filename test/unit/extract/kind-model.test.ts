// The learned kind model (kind-model.ts, trained by scripts/train-kinds.ts):
// its arithmetic, the data file's shape, and the guards around it on real
// sentences (wikinews, gum): where the rules' decision must stand.
import { describe, expect, it } from 'vitest';
import { KIND_LABELS, kindProbabilities, predictKind, softmax, type KindModel } from '../../../src/ingest/extract/kind-model';
import shipped from '../../../src/ingest/lexicon/kind-model.json';
import { run } from './helpers';

function names(text: string): string[] {
  const { out } = run(text);
  const kind = new Map(out.actors.map((a) => [a.id, a.kind]));
  return out.mentions.map((m) => `${text.slice(m.span[0], m.span[1])}=${kind.get(m.actorId)}`);
}

describe('the model', () => {
  const toy: KindModel = { labels: KIND_LABELS, weights: { bias: [1, 0, 0, 0, 0], 'rule=person': [0, 3, 0, 0, 0] } };

  it('is a softmax over the summed weights of the features it knows', () => {
    const p = kindProbabilities(['bias', 'rule=person', 'never seen'], toy);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(p).toEqual(softmax([1, 3, 0, 0, 0]));
    expect(predictKind(['bias', 'rule=person'], toy).label).toBe('person');
    expect(predictKind(['bias'], toy).label).toBe('none');
  });

  it('is shipped as data with one weight per label for every feature', () => {
    const m = shipped as KindModel;
    expect(m.labels).toEqual([...KIND_LABELS]);
    expect(Object.keys(m.weights).length).toBeGreaterThan(100);
    for (const w of Object.values(m.weights)) expect(w).toHaveLength(KIND_LABELS.length);
  });
});

describe('where the model may not add a name', () => {
  it.each([
    // A people of the lists is never a person (wikinews: "a Muslim", gum types demonyms as people).
    ['Zara Kay, an Australian Muslim, founded Faithless Hijabi in 2018.', 'Muslim=person'],
    // A word before a title is part of the role.
    ['Saudi Crown Prince Mohammad bin Salman denied the report.', 'Crown=person'],
    // An ordinary word capitalized by the sentence start.
    ['The Store opened late.', 'Store=thing'],
  ])('%s', (text, never) => {
    expect(names(text)).not.toContain(never);
  });

  it('types "the Doris Day Show" as a thing, so "Day" stays the person (wikinews)', () => {
    const text = 'Doris Day hosted The Doris Day Show until 1973. In 1985, Day said she loved animals.';
    const got = names(text);
    expect(got).toEqual(expect.arrayContaining(['Doris Day=person', 'Doris Day Show=thing', 'Day=person']));
  });
});
