// A mention is the noun phrase naming someone or something, its owner's name included ("Woody Allen's Match Point"),
// widened after resolution; resolving again reads the same names.
import { describe, expect, it } from 'vitest';
import { resolveActors } from '../../../src/ingest/resolve/index';
import { corpusOf } from './helpers';

const text = "Roles followed in Woody Allen's Match Point. Apple Computer's iTunes sold songs. The iPod's screen broke.";
const corpus = () =>
  corpusOf([
    {
      id: 'a',
      text,
      actors: [
        ['Woody Allen', 'person'],
        ['Match Point', 'thing'],
        ['Apple Computer', 'organization'],
        ['iTunes', 'thing'],
        ['iPod', 'thing'],
      ],
    },
  ]);
const spans = (c: ReturnType<typeof corpus>) => c.mentions.map((m) => text.slice(m.span[0], m.span[1]));

describe("a mention starts with its owner's name", () => {
  it('"Woody Allen\'s Match Point", "Apple Computer\'s iTunes": the owner keeps its own mention inside', () => {
    const c = corpus();
    resolveActors(c);
    expect(spans(c)).toEqual(
      expect.arrayContaining(["Woody Allen's Match Point", 'Woody Allen', "Apple Computer's iTunes", 'Apple Computer']),
    );
  });

  it('not after a thing ("The iPod\'s screen")', () => {
    const c = corpus();
    resolveActors(c);
    expect(spans(c)).toContain('iPod');
  });

  it('resolving again reads the names, not the phrases: same actors, same spans', () => {
    const c = corpus();
    resolveActors(c);
    const once = JSON.stringify({ actors: c.actors, mentions: c.mentions });
    resolveActors(c);
    expect(JSON.stringify({ actors: c.actors, mentions: c.mentions })).toBe(once);
    expect(c.actors.map((a) => a.name).sort()).toEqual(['Apple Computer', 'Match Point', 'Woody Allen', 'iPod', 'iTunes']);
  });
});
