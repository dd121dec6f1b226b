import { describe, expect, it } from 'vitest';
import { resolveActors } from '../../../src/ingest/resolve';
import { middleVariants } from '../../../src/ingest/resolve/person-names';
import { actorAt, corpusOf } from './helpers';

const words = (s: string) => s.toLowerCase().replace(/\./g, '').split(' ');

describe('person names across the corpus: middle names', () => {
  it('a middle initial, the full middle name and none are one person ("James C. Kopp", "James Charles Kopp", "James Kopp")', () => {
    const c = corpusOf([
      {
        id: 'a1',
        text: 'Police sought James C. Kopp, a protester. Kopp fled.',
        actors: [
          ['James C. Kopp', 'person'],
          ['James C. Kopp', 'person', 'Kopp'],
        ],
      },
      {
        id: 'a2',
        text: 'The FBI put James Charles Kopp on its list. Kopp is at large.',
        actors: [
          ['James Charles Kopp', 'person'],
          ['James Charles Kopp', 'person', 'Kopp'],
        ],
      },
      { id: 'a3', text: 'Anti-abortion protester James Kopp is sought as a witness.', actors: [['James Kopp', 'person']] },
    ]);
    resolveActors(c);
    const id = actorAt(c, 'a1', 'James C. Kopp')?.id;
    expect(actorAt(c, 'a2', 'James Charles Kopp')?.id).toBe(id);
    expect(actorAt(c, 'a3', 'James Kopp')?.id).toBe(id);
    expect(actorAt(c, 'a2', 'Kopp')?.id).toBe(id);
    expect(c.actors.filter((a) => a.kind === 'person')).toHaveLength(1);
  });

  it('other middle names are other people ("George H. W. Bush", "George W. Bush"; "James C. Kopp", "James D. Kopp")', () => {
    const c = corpusOf([
      { id: 'a1', text: 'President George H. W. Bush spoke in 1990.', actors: [['George H. W. Bush', 'person']] },
      { id: 'a2', text: 'President George W. Bush spoke in 2004.', actors: [['George W. Bush', 'person']] },
      { id: 'a3', text: 'James C. Kopp was charged.', actors: [['James C. Kopp', 'person']] },
      { id: 'a4', text: 'James D. Kopp testified.', actors: [['James D. Kopp', 'person']] },
    ]);
    resolveActors(c);
    expect(c.actors.filter((a) => a.kind === 'person')).toHaveLength(4);
  });

  it('an initial two full middle names fit joins neither ("John A. Smith" beside "John Adam Smith", "John Alan Smith")', () => {
    const c = corpusOf([
      { id: 'a1', text: 'John Adam Smith wrote it.', actors: [['John Adam Smith', 'person']] },
      { id: 'a2', text: 'John Alan Smith sang.', actors: [['John Alan Smith', 'person']] },
      { id: 'a3', text: 'John A. Smith said so.', actors: [['John A. Smith', 'person']] },
    ]);
    resolveActors(c);
    expect(c.actors.filter((a) => a.kind === 'person')).toHaveLength(3);
  });

  it('compares middle names word by word', () => {
    expect(middleVariants(words('James C. Kopp'), words('James Charles Kopp'))).toBe(true);
    expect(middleVariants(words('John F. Kennedy'), words('John Fitzgerald Kennedy'))).toBe(true);
    expect(middleVariants(words('George H. W. Bush'), words('George Herbert Walker Bush'))).toBe(true);
    expect(middleVariants(words('George H. W. Bush'), words('George W. Bush'))).toBe(false);
    expect(middleVariants(words('James C. Kopp'), words('James Robert Kopp'))).toBe(false);
    expect(middleVariants(words('J. C. Kopp'), words('J. Charles Kopp'))).toBe(false);
    expect(middleVariants(words('James Kopp'), words('James Kopp'))).toBe(false);
  });
});

describe('person names across the corpus: titles and spellings', () => {
  it('a name with a title the article left on is the person\'s ("Secretary-General Kofi Annan", "Kofi Annan")', () => {
    const c = corpusOf([
      {
        id: 'a1',
        text: 'U.N. Secretary-General Kofi Annan flew to Baghdad.',
        actors: [['Secretary-General Kofi Annan', 'person']],
      },
      {
        id: 'a2',
        text: 'Kofi Annan met Tony Blair. Annan said talks went well.',
        actors: [
          ['Kofi Annan', 'person'],
          ['Tony Blair', 'person'],
          ['Kofi Annan', 'person', 'Annan'],
        ],
      },
    ]);
    resolveActors(c);
    const annan = actorAt(c, 'a1', 'Secretary-General Kofi Annan');
    expect(annan?.id).toBe(actorAt(c, 'a2', 'Kofi Annan')?.id);
    expect(annan?.name).toBe('Kofi Annan');
    expect(actorAt(c, 'a2', 'Tony Blair')?.id).not.toBe(annan?.id);
  });

  it('a given name one letter apart, seen with the same actors, is one person ("Bronisaw Geremek", "Bronislaw Geremek")', () => {
    const c = corpusOf([
      {
        id: 'a1',
        text: 'Bronislaw Geremek met Madeleine Albright at NATO.',
        actors: [
          ['Bronislaw Geremek', 'person'],
          ['Madeleine Albright', 'person'],
          ['NATO', 'organization'],
        ],
      },
      {
        id: 'a2',
        text: 'Albright invited Bronisaw Geremek to NATO talks.',
        actors: [
          ['Madeleine Albright', 'person', 'Albright'],
          ['Bronisaw Geremek', 'person'],
          ['NATO', 'organization'],
        ],
      },
    ]);
    resolveActors(c);
    expect(actorAt(c, 'a2', 'Bronisaw Geremek')?.id).toBe(actorAt(c, 'a1', 'Bronislaw Geremek')?.id);
  });

  it("a man's and a woman's given names one letter apart stay two people ('Mario Cuomo', 'Maria Cuomo')", () => {
    const c = corpusOf([
      {
        id: 'a1',
        text: 'Mario Cuomo spoke in Albany with Andrew Cuomo at the Capitol.',
        actors: [
          ['Mario Cuomo', 'person'],
          ['Albany', 'place'],
          ['Andrew Cuomo', 'person'],
          ['Capitol', 'place'],
        ],
      },
      {
        id: 'a2',
        text: 'Maria Cuomo spoke in Albany with Andrew Cuomo at the Capitol.',
        actors: [
          ['Maria Cuomo', 'person'],
          ['Albany', 'place'],
          ['Andrew Cuomo', 'person'],
          ['Capitol', 'place'],
        ],
      },
    ]);
    resolveActors(c);
    expect(actorAt(c, 'a2', 'Maria Cuomo')?.id).not.toBe(actorAt(c, 'a1', 'Mario Cuomo')?.id);
  });
});

describe('person names across the corpus: a short given name', () => {
  const pair = (a: string, b: string, shared: boolean) =>
    corpusOf([
      {
        id: 'a1',
        text: `The father's lawyer, ${a}, met Janet Reno in Miami.`,
        actors: [
          [a, 'person'],
          ['Janet Reno', 'person'],
          ['Miami', 'place'],
        ],
      },
      {
        id: 'a2',
        text: `${b} asked for a visa in ${shared ? 'Miami' : 'Havana'}.`,
        actors: [
          [b, 'person'],
          [shared ? 'Miami' : 'Havana', 'place'],
        ],
      },
    ]);

  it('that starts the full one is the same person, seen with the same actors ("Greg Craig", "Gregory Craig")', () => {
    const c = pair('Gregory Craig', 'Greg Craig', true);
    resolveActors(c);
    expect(actorAt(c, 'a2', 'Greg Craig')?.id).toBe(actorAt(c, 'a1', 'Gregory Craig')?.id);
  });

  it('stays apart with no actor in common, or when one is a man\'s name and the other a woman\'s ("Dan", "Daniela")', () => {
    const apart = pair('Gregory Craig', 'Greg Craig', false);
    resolveActors(apart);
    expect(actorAt(apart, 'a2', 'Greg Craig')?.id).not.toBe(actorAt(apart, 'a1', 'Gregory Craig')?.id);
    const sexes = pair('Daniela Brown', 'Dan Brown', true);
    resolveActors(sexes);
    expect(actorAt(sexes, 'a2', 'Dan Brown')?.id).not.toBe(actorAt(sexes, 'a1', 'Daniela Brown')?.id);
  });
});

describe('person names across the corpus: words around a name', () => {
  it('ordinary words before a given name qualify it ("Democrat Chuck Schumer" is Chuck Schumer, and named so)', () => {
    const c = corpusOf([
      { id: 'a1', text: 'Senate leader Chuck Schumer spoke.', actors: [['Chuck Schumer', 'person']] },
      { id: 'a2', text: 'Democrat Chuck Schumer objected.', actors: [['Democrat Chuck Schumer', 'person']] },
    ]);
    resolveActors(c);
    const schumer = actorAt(c, 'a2', 'Democrat Chuck Schumer');
    expect(schumer?.id).toBe(actorAt(c, 'a1', 'Chuck Schumer')?.id);
    expect(schumer?.name).toBe('Chuck Schumer');
  });

  it('a caption\'s word after a name the article writes too is no part of it ("Michelle Lujan Grisham Image")', () => {
    const c = corpusOf([
      {
        id: 'a1',
        text: 'Michelle Lujan Grisham Image: the governor. Michelle Lujan Grisham said so.',
        actors: [
          ['Michelle Lujan Grisham Image', 'person'],
          ['Michelle Lujan Grisham Image', 'person', 'Michelle Lujan Grisham'],
        ],
      },
      { id: 'a2', text: 'Michelle Lujan Grisham won.', actors: [['Michelle Lujan Grisham', 'person']] },
    ]);
    resolveActors(c);
    const gov = actorAt(c, 'a1', 'Michelle Lujan Grisham Image');
    expect(gov?.id).toBe(actorAt(c, 'a2', 'Michelle Lujan Grisham')?.id);
    expect(gov?.name).toBe('Michelle Lujan Grisham');
  });

  it('a ship named for a person, and a longer name another article writes, are not that person', () => {
    const c = corpusOf([
      { id: 'a1', text: 'The USS Ronald Reagan sailed.', actors: [['USS Ronald Reagan', 'person']] },
      { id: 'a2', text: 'Ronald Reagan was president.', actors: [['Ronald Reagan', 'person']] },
      { id: 'a3', text: 'John Paul Smith testified.', actors: [['John Paul Smith', 'person']] },
      { id: 'a4', text: 'Pope John Paul prayed.', actors: [['John Paul', 'person']] },
    ]);
    resolveActors(c);
    expect(c.actors.filter((a) => a.kind === 'person')).toHaveLength(4);
  });
});
