import { describe, expect, it } from 'vitest';
import type { CorpusEvent } from '../../../src/corpus/schema';
import { rankOrder, salienceOf } from '../../../src/model/salience';

function event(kind: CorpusEvent['kind'], title: string, actors: number, salience?: number): CorpusEvent {
  const actorIds = Array.from({ length: actors }, (_, k) => `person:a${k}`);
  return { id: title, articleId: 'a', kind, date: { start: '2020-03-01' }, title, span: [0, 1], actorIds, salience };
}

describe('salience', () => {
  it('takes the stored salience when ingest set one', () => {
    expect(salienceOf(event('mentioned', 'x', 0, 0.93))).toBe(0.93);
    expect(salienceOf(event('published', 'x', 3, 0.05))).toBe(0.05);
  });

  it('falls back on published over mentioned, more actors over fewer, a sentence over a date phrase', () => {
    const headline = event('published', 'Storm hits the coast', 0);
    const busyAside = event('mentioned', 'The ministers of four countries met in Geneva to agree on it', 6);
    const aside = event('mentioned', 'The ministers met in Geneva to agree on a plan', 1);
    const bare = event('mentioned', 'Last week', 1);
    expect(salienceOf(headline)).toBeGreaterThan(salienceOf(busyAside));
    expect(salienceOf(busyAside)).toBeGreaterThan(salienceOf(aside));
    expect(salienceOf(aside)).toBeGreaterThan(salienceOf(bare));
    for (const e of [headline, busyAside, aside, bare]) expect(salienceOf(e)).toBeGreaterThanOrEqual(0);
    expect(Array.from(rankOrder([bare, aside, headline, busyAside]))).toEqual([2, 3, 1, 0]);
  });

  it('keeps time order among equals, so the layout is stable', () => {
    const same = Array.from({ length: 5 }, (_, k) => event('published', `s${k}`, 1));
    expect(Array.from(rankOrder(same))).toEqual([0, 1, 2, 3, 4]);
  });
});
