// The lede (src/ingest/lede.ts): the body's first sentence, cut by the extractor's own splitter.
import { describe, expect, it } from 'vitest';
import { ledeSpan } from '../../../src/ingest/lede';

const lede = (text: string) => text.slice(...ledeSpan(text));

describe('the lede', () => {
  it('is the first sentence, past a dateline line, and no abbreviation ends it', () => {
    expect(lede('Archaeologists in St. Louis said a town stood here. It is gone.')).toBe(
      'Archaeologists in St. Louis said a town stood here.',
    );
    expect(lede('Friday, January 4, 2019\n\nMr. Putin met Kim Jong Un in Pyongyang. They signed a pact.')).toBe(
      'Mr. Putin met Kim Jong Un in Pyongyang.',
    );
  });

  it('is the whole first line when it has no sentence end, and nothing for an empty body', () => {
    expect(lede('A headline without a stop\nThe body.')).toBe('A headline without a stop');
    expect(ledeSpan('')).toEqual([0, 0]);
  });
});
