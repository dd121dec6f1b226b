import { describe, expect, it } from 'vitest';
import { capital } from '../../../src/ingest/extract/candidate';

// capital() answers from ASCII codes where they settle it; it must agree with the Unicode rule everywhere.
const RULE = /^\p{Lu}|^\p{Ll}{1,6}\p{Lu}/u;

describe('capital: a capital letter, or up to six lower-case letters then a capital, starts a name', () => {
  it.each([
    ['Apple', true],
    ['apple', false],
    ['iPhone', true],
    ['eBay', true],
    ['wikiHow', true],
    ['youTube', true],
    ['abcdefgH', false],
    ['abcdefG', true],
    ['iOS', true],
    ['mRNA', true],
    ['abc', false],
    ['abC', true],
    ['ab', false],
    ['a', false],
    ['', false],
    ['2019', false],
    ['3GS', false],
    ["O'Leary", true],
    ['Łódź', true],
    ['Élysée', true],
    ['über', false],
    ['éB', true],
    ['aÉ', true],
    ['abÉ', true],
    ['ab-C', false],
    ['Ω', true],
    ['ω', false],
    ['$5', false],
    ['_x', false],
  ])('%s', (word, want) => {
    expect(capital(word)).toBe(want);
    expect(RULE.test(word)).toBe(want);
  });
});
