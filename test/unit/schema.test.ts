import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusJsonSchema, validateCorpus } from '../../src/corpus/schema';

describe('corpus schema', () => {
  it('rejects a corpus that breaks the contract, naming the field', () => {
    const bad = { schemaVersion: 1, articles: [{ id: 'a', date: '2024-1-1', title: 't', text: '' }], actors: [], mentions: [], events: [], quotes: [], warnings: [] };
    expect(() => validateCorpus(bad)).toThrow(/articles\.0\.date/);
    expect(() => validateCorpus({ ...bad, articles: [], schemaVersion: 2 })).toThrow(/schemaVersion/);
  });

  it('public/corpus.schema.json is generated from the zod schema (npm run schema)', () => {
    const published = JSON.parse(fs.readFileSync('public/corpus.schema.json', 'utf8'));
    expect(published).toEqual(corpusJsonSchema());
  });
});
