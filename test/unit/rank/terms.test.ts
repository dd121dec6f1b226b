import fs from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { termsOf } from '../../../src/ingest/rank/terms';

// termsOf takes a shortcut for plain words; it must make exactly the terms compromise's own tokenizer and its 'alias'
// and 'machine' steps make.
const world = nlp.world() as unknown as { methods: { one: { tokenize: { fromString: (s: string, w: unknown) => unknown } } } };
const View = nlp.tokenize('').constructor as new (document: unknown) => ReturnType<typeof nlp.tokenize>;
const byCompromise = (s: string) => {
  const doc = new View(world.methods.one.tokenize.fromString(s, world));
  doc.compute(['alias', 'machine']);
  return doc.docs;
};

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
    const dirs = [
      path.resolve('examples/wikinews/articles'),
      ...['gum', 'meantime', 'tempeval3', 'semeval2015-trial'].map((c) => path.resolve('..', 'shared', 'corpora', c, 'articles')),
    ].filter((d) => fs.existsSync(d));
    expect(dirs.length).toBeGreaterThan(0);
    let lines = 0;
    const differ: string[] = [];
    for (const dir of dirs) {
      for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
        for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n')) {
          if (!line.trim()) continue;
          lines++;
          // As JSON (the tags are empty sets): the same fields in the same order, and much faster than toEqual.
          if (JSON.stringify(termsOf(line)) !== JSON.stringify(byCompromise(line))) differ.push(`${f}: ${line.slice(0, 60)}`);
        }
      }
    }
    expect(lines).toBeGreaterThan(5_000);
    expect(differ).toEqual([]);
  });
});
