import { describe, expect, it } from 'vitest';
import { splitCorpus } from '../../src/corpus/schema';
import { decodeIndex, encodeIndex } from '../../src/corpus/wire';
import { fixtureCorpus } from '../fixtures/corpus';

describe('the corpus index on the wire', () => {
  const { index } = splitCorpus(fixtureCorpus(), (a) => a.id);

  it('decodes to exactly what was encoded', () => {
    expect(decodeIndex(JSON.parse(JSON.stringify(encodeIndex(index))))).toEqual(index);
  });

  it('keeps ids that do not start with their article id, event links and unknown speakers', () => {
    const odd = {
      ...index,
      events: [...index.events, { ...index.events[0], id: 'elsewhere-7' }],
      quotes: [...index.quotes, { ...index.quotes[0], id: 'q-x', speakerId: 'person:unlisted', eventId: 'a1.m1' }],
    };
    const back = decodeIndex(JSON.parse(JSON.stringify(encodeIndex(odd))));
    expect(back.events.at(-1)!.id).toBe('elsewhere-7');
    expect(back.quotes.at(-1)).toMatchObject({ id: 'q-x', speakerId: 'person:unlisted', eventId: 'a1.m1' });
    expect(back.actors.at(-1)).toMatchObject({ id: 'person:unlisted' });
  });

  it("keeps each actor's alias counts", () => {
    const counted = {
      ...index,
      actors: index.actors.map((a, i) => (i === 0 ? { ...a, aliasCounts: { Putin: 7, 'Vladimir Putin': 2 } } : a)),
    };
    const back = decodeIndex(JSON.parse(JSON.stringify(encodeIndex(counted))));
    expect(back.actors[0].aliasCounts).toEqual({ Putin: 7, 'Vladimir Putin': 2 });
  });

  it('is much smaller than the plain index', () => {
    const plain = JSON.stringify(index).length;
    expect(JSON.stringify(encodeIndex(index)).length).toBeLessThan(plain * 0.8);
  });

  it('refuses another format version with a message', () => {
    expect(() => decodeIndex({ ...encodeIndex(index), wire: 2 as 1 })).toThrow(/rebuild the app/);
  });
});
