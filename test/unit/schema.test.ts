import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusJsonSchema, validateCorpus } from '../../src/corpus/schema';

describe('corpus schema', () => {
  it('rejects a corpus that breaks the contract, naming the field', () => {
    const bad = {
      schemaVersion: 1,
      articles: [{ id: 'a', date: '2024-1-1', title: 't', text: '' }],
      actors: [],
      mentions: [],
      events: [],
      quotes: [],
      warnings: [],
    };
    expect(() => validateCorpus(bad)).toThrow(/articles\.0\.date/);
    expect(() => validateCorpus({ ...bad, articles: [], schemaVersion: 2 })).toThrow(/schemaVersion/);
  });

  it('public/corpus.schema.json is generated from the zod schema (npm run schema)', () => {
    const published = JSON.parse(fs.readFileSync('public/corpus.schema.json', 'utf8'));
    expect(published).toEqual(corpusJsonSchema());
  });
});

describe('splitting a corpus for the app', () => {
  it('groups bodies into files named from their content, and keeps everything else in the index', async () => {
    const { splitCorpus } = await import('../../src/corpus/schema');
    const { fixtureCorpus } = await import('../fixtures/corpus');
    const corpus = fixtureCorpus();
    const fileOf = (a: { id: string }) => (a.id === 'a3' ? 'y' : 'x');
    const { index, bodies } = splitCorpus(corpus, fileOf, (file, content) => `${file}-${Object.keys(content).length}`);
    expect(index.articles[0]).toEqual({
      id: 'a1',
      date: '2024-06-19',
      title: 'Putin visits Pyongyang',
      body: 'x-2',
      length: corpus.articles[0].text.length,
    });
    expect(index.articles.map((a) => a.body)).toEqual(['x-2', 'x-2', 'y-1']);
    expect('mentions' in index).toBe(false);
    expect(index.events).toBe(corpus.events);
    expect(bodies.get('x-2')).toEqual({ a1: corpus.articles[0].text, a2: corpus.articles[1].text });
    expect(bodies.get('y-1')).toEqual({ a3: corpus.articles[2].text });
  });
});
