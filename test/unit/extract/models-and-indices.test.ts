// Products after their maker and market indices, with the short forms an article uses for them ("the A380", "the
// Dow"), and the people and bodies around them in business news. With the cases that must not fire.
import { describe, expect, it } from 'vitest';
import { names, run } from './helpers';

/** The actor name of every mention of `surface` in the text. */
function actorsOf(text: string, surface: string): string[] {
  const { out } = run(text);
  const name = new Map(out.actors.map((a) => [a.id, a.name]));
  return out.mentions.filter((m) => text.slice(m.span[0], m.span[1]) === surface).map((m) => name.get(m.actorId) as string);
}

describe("a model's own word is the model the article names with its maker", () => {
  it.each([
    [
      'Singapore Airlines took delivery of the first Airbus A380 today. The A380 had been delayed by two years, Airbus said.',
      'A380',
      'Airbus A380',
    ],
    [
      'GM will deliver the Chevrolet Volt, its plug-in hybrid car, in December. The Volt will first be sold in California.',
      'Volt',
      'Chevrolet Volt',
    ],
    ['Users of the Google Chrome browser rose this year. Google said Chrome now has a third of the market.', 'Chrome', 'Google Chrome'],
  ])('%s', (text, short, long) => {
    expect(actorsOf(text, short)).toEqual([long]);
  });

  it('not after a language, a place or an ordinary word, nor a number or a short acronym', () => {
    const text =
      'Most editors write for English Wikipedia, and Wikipedia pays none of them. Offices in London CBD are empty; the CBD ' +
      'is quiet. The CentOS QA team tested it; QA found bugs. The study ran Wave 1 in May; 1 in ' +
      'ten replied.';
    expect(actorsOf(text, 'Wikipedia')).not.toContain('English Wikipedia');
    expect(actorsOf(text, 'CBD')).not.toContain('London CBD');
    expect(actorsOf(text, 'QA')).not.toContain('CentOS QA');
    expect(actorsOf(text, '1')).toEqual([]);
  });
});

describe('"the Dow" is the one market index of the article it starts', () => {
  it('"the Dow", "the Nikkei"', () => {
    const text =
      'The Dow Jones Industrial Average fell 679 points. The Dow has lost 40 percent this year. In Tokyo the Nikkei 225 ' +
      'Stock Average fell 9.6 percent, and the Nikkei had its worst week since 1953.';
    expect(actorsOf(text, 'Dow')).toEqual(['Dow Jones Industrial Average']);
    expect(actorsOf(text, 'Nikkei')).toEqual(['Nikkei 225 Stock Average']);
  });

  it('not a maker before its model\'s number, nor without "the"', () => {
    const text = 'Boeing is developing the Boeing 787, which has been delayed. Boeing said so.';
    expect(actorsOf(text, 'Boeing')).not.toContain('Boeing 787');
  });
});

describe('appositions in business news', () => {
  it('"X, the airline\'s chief executive" is a person; "X, its plug-in hybrid car" a thing', () => {
    const got = names(
      "Louis Gallois handed the keys to Chew Choon Seng, the airline's chief executive. GM will deliver the Chevrolet Volt, " +
        'its plug-in hybrid car, in December.',
    );
    expect(got).toEqual(expect.arrayContaining(['Chew Choon Seng=person', 'Chevrolet Volt=thing']));
  });

  it('but "its" before a noun that is no artifact says nothing ("John Deere, its current source of production")', () => {
    const got = names('The company said it is phasing out John Deere, its current source of production for chassis.');
    expect(got).not.toContain('John Deere=place');
  });

  it("a place's word after a first name in a company's name is a founder's name (\"Morgan Stanley\")", () => {
    const got = names('"There is a lot of panic," said John Smith, an analyst at Morgan Stanley in New York.');
    expect(got).toContain('Morgan Stanley=organization');
    expect(got).not.toContain('Stanley=place');
  });
});

describe('market news', () => {
  it('a country or its people\'s word before its currency names the currency ("the U.S. dollar", "the Japanese yen")', () => {
    const got = names('The U.S. dollar fell against the euro and the Japanese yen, while the Australian dollar rose.');
    expect(got).toEqual(['U.S. dollar=thing', 'Japanese yen=thing', 'Australian dollar=thing']);
  });

  it('but not another country\'s currency word ("the American pound" is no currency)', () => {
    expect(names('American officials said the pound was weak.')).not.toContain('American pound=thing');
  });

  it('a name before "index", "composite" or a move in points is a market index', () => {
    const got = names('The Nasdaq composite index fell 3.6 percent, and the Hang Seng index fell too. Later the DAX fell 120 points.');
    expect(got).toEqual(['Nasdaq=thing', 'Hang Seng=thing', 'DAX=thing']);
  });

  it('"the Fed" and "the former Fed chairman" name a body, not a person; "the former President Jimmy Carter" a person', () => {
    const got = names(
      'AIG asked the Fed for a loan. Alan Greenspan, the former Fed chairman, spoke. The Fed said no. ' +
        'The former President Jimmy Carter spoke.',
    );
    expect(got).toEqual(expect.arrayContaining(['Fed=organization', 'Alan Greenspan=person', 'Jimmy Carter=person']));
    expect(got).not.toContain('Fed=person');
  });

  it('"the Great Depression" is a named event', () => {
    expect(names('It was the worst slump since the Great Depression.')).toEqual(['Great Depression=thing']);
  });
});
