import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { capitalPairs } from '../../../src/ingest/extract/capital-pairs';

// capitalPairs reads the pairs without the pattern's look-behind at every position; it must find exactly its matches.
const RULE = /(?<!\p{L})\p{Ll}+[,;:]? (\p{Lu}[\p{L}'’-]*) (\p{Lu}[\p{L}'’-]*)/gu;
const byRule = (text: string) => [...text.matchAll(RULE)].map((m) => [m[1], m[2]]);

describe('capitalPairs: two capitalized words after a lower-case word', () => {
  it.each([
    ['said Vice President Mike Pence', [['Vice', 'President']]],
    ['x Foo bar Baz Qux', [['Baz', 'Qux']]],
    ['McDonald Foo Bar', []],
    ['a, Foo Bar Baz', [['Foo', 'Bar']]],
    ['a; Foo Bar', [['Foo', 'Bar']]],
    ['a. Foo Bar', []],
    ['a  Foo Bar', []],
    // The match before ends after "Command's": the "s" after its apostrophe starts no match of its own.
    ["1st Fleet Command's Navy Information Agency", [['Fleet', "Command's"]]],
    ["the Smith's Navy Base", [["Smith's", 'Navy']]],
    [
      'a Foo Bar a Baz Qux',
      [
        ['Foo', 'Bar'],
        ['Baz', 'Qux'],
      ],
    ],
    ['über Ärger Öl', [['Ärger', 'Öl']]],
    ['éa Éb Éc', [['Éb', 'Éc']]],
    // Astral letters: 𝐚 is lower case, 𝐀 upper case.
    ['x𝐚b Foo Bar', [['Foo', 'Bar']]],
    ['A𝐚 Foo Bar', []],
    ['𝐀b Foo Bar', []],
    ['1-a Foo Bar', [['Foo', 'Bar']]],
    ['said: Foo Bar Baz Qux Quux', [['Foo', 'Bar']]],
    ['', []],
  ])('%s', (text, want) => {
    expect(capitalPairs(text)).toEqual(want);
    expect(byRule(text)).toEqual(want);
  });

  it('finds what the pattern finds in every wikinews article', () => {
    const dir = path.resolve('examples/wikinews/articles');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(200);
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      expect(capitalPairs(text), f).toEqual(byRule(text));
    }
  });
});
