import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { mayContract, termsOf } from '../../../src/ingest/rank/terms';

// termsOf takes a shortcut for plain words; it must make exactly the terms compromise's own tokenizer and its 'alias'
// and 'machine' steps make.
const world = nlp.world() as unknown as { methods: { one: { tokenize: { fromString: (s: string, w: unknown) => unknown } } } };
const View = nlp.tokenize('').constructor as new (document: unknown) => ReturnType<typeof nlp.tokenize>;
const byCompromise = (s: string) => {
  const doc = new View(world.methods.one.tokenize.fromString(s, world));
  doc.compute(['alias', 'machine']);
  return doc.docs;
};

/** The dev corpora's and the demo's lines. */
function corpusLines(): string[] {
  const dirs = [
    path.resolve('examples/wikinews/articles'),
    ...['gum', 'meantime', 'tempeval3', 'semeval2015-trial'].map((c) => path.resolve('..', 'shared', 'corpora', c, 'articles')),
  ].filter((d) => fs.existsSync(d));
  return dirs.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((x) => x.endsWith('.txt'))
      .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n'))
      .filter((line) => line.trim()),
  );
}
const lines = corpusLines();

describe('termsOf', () => {
  it.each([
    'Hello world, it is  3 o’clock on Mon. 5th.  U.S. AT&T said: D: :) xD',
    'On Monday, March 5, 2018, the A.B.C. company (ABC) said "no"; then... nothing!? Is it 5,000 or 5.5%?',
    'Ärger über café naïve — 1980–1987; co-operate, e-mail #tag @user $5 ’90s rock’n’roll',
    "Tom's dogs' lookin' plz bein & 50% and/or re-enact",
    '  leading and trailing  ',
    '',
  ])('%s', (s) => {
    expect(termsOf(s)).toEqual(byCompromise(s));
  });

  it('makes compromise’s terms of every line of the demo and the other dev corpora', () => {
    expect(lines.length).toBeGreaterThan(5_000);
    // As JSON (the tags are empty sets): the same fields in the same order, and much faster than toEqual.
    const differ = lines.filter((line) => JSON.stringify(termsOf(line)) !== JSON.stringify(byCompromise(line)));
    expect(differ).toEqual([]);
  });
});

describe('mayContract', () => {
  it.each(["can't", "there's", 'gonna', '44-2', '4km', "l'amour"])('%s: may', (s) => {
    expect(mayContract(termsOf(s))).toBe(true);
  });

  it('is true wherever compromise’s contractions step changes the terms of a line', () => {
    let skipped = 0;
    const changed: string[] = [];
    for (const line of lines) {
      const terms = termsOf(line);
      if (mayContract(terms)) continue;
      skipped++;
      const before = JSON.stringify(terms);
      const doc = new View(terms);
      doc.compute('contractions');
      if (JSON.stringify(doc.docs) !== before) changed.push(line);
    }
    expect(changed).toEqual([]);
    expect(skipped).toBeGreaterThan(100);
  });
});
