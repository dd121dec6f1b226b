import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/corpus/schema';
import { buildCorpus } from '../../../src/ingest/assemble';
import { extractArticle } from '../../../src/ingest/extract/extract-article';
import { resolveActors } from '../../../src/ingest/resolve';
import { actorAt, corpusOf } from './helpers';

describe('resolveActors: merges that must happen', () => {
  it('a family name joins the one full name the corpus mostly uses', () => {
    const c = corpusOf([
      {
        id: 'a1',
        text: 'Donald Trump spoke. Trump left.',
        actors: [
          ['Donald Trump', 'person'],
          ['Donald Trump', 'person', 'Trump'],
        ],
      },
      {
        id: 'a2',
        text: 'Donald Trump won in Ohio.',
        actors: [
          ['Donald Trump', 'person'],
          ['Ohio', 'place'],
        ],
      },
      { id: 'a3', text: 'Ivanka Trump met aides.', actors: [['Ivanka Trump', 'person']] },
      {
        id: 'a4',
        text: 'Trump said so, and Trump repeated it.',
        actors: [
          ['Trump', 'person'],
          ['Trump', 'person', 'Trump'],
        ],
      },
    ]);
    resolveActors(c);
    expect(actorAt(c, 'a4', 'Trump')?.id).toBe('person:donald-trump');
    const trump = c.actors.find((a) => a.id === 'person:donald-trump')!;
    expect(trump.name).toBe('Donald Trump');
    expect(trump.aliasCounts).toEqual({ Trump: 3, 'Donald Trump': 2 });
    expect(actorAt(c, 'a3', 'Ivanka Trump')?.id).toBe('person:ivanka-trump');
    expect(c.events.find((e) => e.articleId === 'a4')!.actorIds).toEqual(['person:donald-trump']);
  });

  it('a person is named by a full name, not by one hyphenated word ("Park Won-soon", not "Won-soon")', () => {
    const c = corpusOf([
      {
        id: 'a1',
        text: 'Park Won-soon spoke. Won-soon left.',
        actors: [
          ['Park Won-soon', 'person'],
          ['Park Won-soon', 'person', 'Won-soon'],
        ],
      },
      {
        id: 'a2',
        text: 'Won-soon returned. Won-soon won.',
        actors: [
          ['Won-soon', 'person'],
          ['Won-soon', 'person'],
        ],
      },
    ]);
    resolveActors(c);
    expect(c.actors.map((a) => a.name)).toEqual(['Park Won-soon']);
  });

  it('a family name with its particles is the person the article names in full ("De La Fuente")', () => {
    const text = 'He lost to businessman Rocky De La Fuente in August. De La Fuente said he would run. He fell short of De La Fuente.';
    const c = buildCorpus([{ id: 'a1', date: '2020-08-01', title: 'T', text }], [], extractArticle);
    expect(c.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Rocky De La Fuente']);
  });

  it('a company named with its corporate words is the company ("Apple Computer Inc", "Apple Computer", "Apple")', () => {
    const c = corpusOf([
      { id: 'a1', text: 'Apple Computer Inc said so.', actors: [['Apple Computer Inc', 'organization']] },
      { id: 'a2', text: 'Apple Computer sold iPods.', actors: [['Apple Computer', 'organization']] },
      {
        id: 'a3',
        text: 'Apple rose. Apple fell.',
        actors: [
          ['Apple', 'organization'],
          ['Apple', 'organization'],
        ],
      },
      // Not a company's corporate words: a group is more than its best-known member, a country no company.
      {
        id: 'a4',
        text: 'Volkswagen Group grew. Volkswagen fell.',
        actors: [
          ['Volkswagen Group', 'organization'],
          ['Volkswagen', 'organization'],
        ],
      },
      {
        id: 'a5',
        text: 'China Co. grew in China.',
        actors: [
          ['China Co', 'organization'],
          ['China', 'country'],
        ],
      },
    ]);
    resolveActors(c);
    expect(
      new Set(['a1', 'a2', 'a3'].map((a) => actorAt(c, a, a === 'a1' ? 'Apple Computer Inc' : a === 'a2' ? 'Apple Computer' : 'Apple')?.id))
        .size,
    ).toBe(1);
    expect(actorAt(c, 'a4', 'Volkswagen Group')?.id).not.toBe(actorAt(c, 'a4', 'Volkswagen')?.id);
    expect(actorAt(c, 'a5', 'China Co')?.kind).toBe('organization');
  });

  it('spelling variants seen with the same actors become one ("Zelensky", "Zelenskyy", "Zelenskiy")', () => {
    const c = corpusOf([
      {
        id: 'a1',
        text: 'Zelensky of Ukraine spoke. Zelensky left.',
        actors: [
          ['Zelensky', 'person'],
          ['Ukraine', 'country'],
          ['Zelensky', 'person'],
        ],
      },
      {
        id: 'a2',
        text: 'Zelenskyy visited Ukraine.',
        actors: [
          ['Zelenskyy', 'person'],
          ['Ukraine', 'country'],
        ],
      },
      {
        id: 'a3',
        text: 'In Ukraine, Zelenskiy spoke.',
        actors: [
          ['Ukraine', 'country'],
          ['Zelenskiy', 'person'],
        ],
      },
    ]);
    resolveActors(c);
    const ids = ['Zelensky', 'Zelenskyy', 'Zelenskiy'].map((s, i) => actorAt(c, `a${i + 1}`, s)?.id);
    expect(new Set(ids)).toEqual(new Set(['person:zelensky']));
    expect(c.actors.find((a) => a.id === 'person:zelensky')!.aliasCounts).toEqual({ Zelensky: 2, Zelenskyy: 1, Zelenskiy: 1 });
  });

  it('a name one letter apart at its start is another name ("Bangalore" and "Mangalore" stay two cities)', () => {
    const c = corpusOf([
      {
        id: 'a1',
        text: 'In Bangalore and Mysore, Karnataka, the train ran.',
        actors: [
          ['Bangalore', 'place'],
          ['Mysore', 'place'],
          ['Karnataka', 'place'],
        ],
      },
      {
        id: 'a2',
        text: 'From Mangalore to Mysore, Karnataka, then Louisiana and Texas.',
        actors: [
          ['Mangalore', 'place'],
          ['Mysore', 'place'],
          ['Karnataka', 'place'],
          ['Louisiana', 'place'],
          ['Texas', 'place'],
        ],
      },
      {
        id: 'a3',
        text: 'Lousiana, Texas and Mysore.',
        actors: [
          ['Lousiana', 'place'],
          ['Texas', 'place'],
          ['Mysore', 'place'],
        ],
      },
    ]);
    resolveActors(c);
    expect(actorAt(c, 'a1', 'Bangalore')?.id).not.toBe(actorAt(c, 'a2', 'Mangalore')?.id);
    expect(actorAt(c, 'a3', 'Lousiana')?.id).toBe(actorAt(c, 'a2', 'Louisiana')?.id);
  });

  it('a person\'s family name stays the person\'s though it is a place elsewhere ("West" of "Kanye West")', () => {
    const c = corpusOf([
      { id: 'a1', text: 'He was also praised in the West.', actors: [['West', 'place']] },
      { id: 'a2', text: 'Girls in the West are told so.', actors: [['West', 'place']] },
      {
        id: 'a3',
        text: 'Rapper Kanye West made an announcement. West outlined his campaign.',
        actors: [
          ['Kanye West', 'person'],
          ['Kanye West', 'person', 'West'],
        ],
      },
    ]);
    resolveActors(c);
    expect(actorAt(c, 'a3', 'West')?.id).toBe(actorAt(c, 'a3', 'Kanye West')?.id);
    expect(actorAt(c, 'a1', 'West')?.kind).toBe('place');
  });

  it('diacritics fold: "Erdoğan" and "Erdogan" are one actor', () => {
    const c = corpusOf([
      { id: 'a1', text: 'Recep Tayyip Erdoğan spoke.', actors: [['Recep Tayyip Erdoğan', 'person']] },
      { id: 'a2', text: 'Erdogan left.', actors: [['Erdogan', 'person']] },
      { id: 'a3', text: 'Erdoğan returned.', actors: [['Erdoğan', 'person']] },
    ]);
    resolveActors(c);
    expect(c.actors.map((a) => a.name)).toEqual(['Recep Tayyip Erdoğan']);
  });

  it('an acronym joins its expansion; "U.S.", "US" and "United States" are one country', () => {
    const c = corpusOf([
      {
        id: 'a1',
        text: 'The North Atlantic Treaty Organization met in the United States.',
        actors: [
          ['North Atlantic Treaty Organization', 'organization'],
          ['United States', 'country'],
        ],
      },
      {
        id: 'a2',
        text: 'NATO and the US agreed.',
        actors: [
          ['NATO', 'organization'],
          ['US', 'organization'],
        ],
      },
      {
        id: 'a3',
        text: 'NATO warned the U.S. again.',
        actors: [
          ['NATO', 'organization'],
          ['United States', 'country', 'U.S.'],
        ],
      },
    ]);
    resolveActors(c);
    expect(actorAt(c, 'a2', 'NATO')?.name).toBe('North Atlantic Treaty Organization');
    expect(actorAt(c, 'a2', 'US')).toMatchObject({ id: 'country:united-states', name: 'United States', kind: 'country' });
    expect(actorAt(c, 'a3', 'U.S.')?.id).toBe('country:united-states');
    expect(c.actors).toHaveLength(2);
  });

  it('a country written short inside a longer name is the same name ("US Senate", "United States Senate")', () => {
    const c = corpusOf([
      { id: 'a1', text: 'The US Senate voted.', actors: [['US Senate', 'organization']] },
      { id: 'a2', text: 'The United States Senate met.', actors: [['United States Senate', 'organization']] },
    ]);
    resolveActors(c);
    expect(new Set(c.mentions.map((m) => m.actorId)).size).toBe(1);
  });

  it('a shortened full name joins the longer one ("Joshua Norton", "Joshua Abraham Norton")', () => {
    const c = corpusOf([
      {
        id: 'a1',
        text: 'Joshua Abraham Norton was born. Norton sailed.',
        actors: [
          ['Joshua Abraham Norton', 'person'],
          ['Joshua Abraham Norton', 'person', 'Norton'],
        ],
      },
      { id: 'a2', text: 'Joshua Norton declared himself emperor.', actors: [['Joshua Norton', 'person']] },
    ]);
    resolveActors(c);
    expect(new Set(c.mentions.map((m) => m.actorId))).toEqual(new Set(['person:joshua-abraham-norton']));
  });
});

describe('resolveActors: acronyms and the names they stand for', () => {
  const saturn = {
    id: 'a1',
    text: 'William S. Saturn asked. WSS: Why?',
    actors: [
      ['William S. Saturn', 'person'],
      ['William S. Saturn', 'person', 'WSS'],
    ],
  };
  const tags = {
    id: 'a2',
    text: 'WSS: What now? WSS: Thanks.',
    actors: [
      ['WSS', 'organization'],
      ['WSS', 'organization'],
    ],
  };
  it("an acronym an article wrote for a person's name is that person everywhere (an interviewer's tag)", () => {
    const c = corpusOf([saturn, tags] as Parameters<typeof corpusOf>[0]);
    resolveActors(c);
    expect(actorAt(c, 'a2', 'WSS')).toMatchObject({ id: 'person:william-s-saturn', kind: 'person' });
  });

  it("initials alone never make an acronym a person's", () => {
    const c = corpusOf([{ ...saturn, actors: [['William S. Saturn', 'person']], text: 'William S. Saturn asked.' }, tags] as Parameters<
      typeof corpusOf
    >[0]);
    resolveActors(c);
    expect(actorAt(c, 'a2', 'WSS')?.kind).toBe('organization');
  });

  it('initials from another article make no place of a body\'s acronym ("CBS" is no "Cleveland Browns Stadium")', () => {
    const stadium = { id: 'a1', text: 'Cleveland Browns Stadium is by the lake.', actors: [['Cleveland Browns Stadium', 'place']] };
    const network = {
      id: 'a2',
      text: 'CBS aired it. CBS renewed it.',
      actors: [
        ['CBS', 'organization'],
        ['CBS', 'organization'],
      ],
    };
    const c = corpusOf([stadium, network] as Parameters<typeof corpusOf>[0]);
    resolveActors(c);
    expect(actorAt(c, 'a2', 'CBS')).toMatchObject({ kind: 'organization', name: 'CBS' });
  });

  it('"D.C." is not "DR Congo", "USD" no "United States District"', () => {
    const c = corpusOf([
      { id: 'a1', text: 'DR Congo reported cases.', actors: [['DR Congo', 'country']] },
      {
        id: 'a2',
        text: 'He flew to D.C. and back to D.C.',
        actors: [
          ['D.C.', 'place'],
          ['D.C.', 'place'],
        ],
      },
      { id: 'a3', text: 'A United States District judge ruled.', actors: [['United States District', 'organization']] },
      { id: 'a4', text: 'Fees in USD rose.', actors: [['USD', 'thing']] },
    ]);
    resolveActors(c);
    expect(actorAt(c, 'a2', 'D.C.')?.id).toBe('place:dc');
    expect(actorAt(c, 'a4', 'USD')?.id).toBe('thing:usd');
  });
});

describe('resolveActors: merges that must not happen', () => {
  it('a family name two people share stays apart', () => {
    const c = corpusOf([
      { id: 'a1', text: 'John Smith ran.', actors: [['John Smith', 'person']] },
      { id: 'a2', text: 'Anna Smith won.', actors: [['Anna Smith', 'person']] },
      { id: 'a3', text: 'Smith said it.', actors: [['Smith', 'person']] },
    ]);
    resolveActors(c);
    expect(actorAt(c, 'a3', 'Smith')?.id).toBe('person:smith');
    expect(c.actors).toHaveLength(3);
  });

  it('similar names with no shared context stay apart ("Johnson", "Johnston")', () => {
    const c = corpusOf([
      {
        id: 'a1',
        text: 'Johnson went to London.',
        actors: [
          ['Johnson', 'person'],
          ['London', 'place'],
        ],
      },
      {
        id: 'a2',
        text: 'Johnston went to Texas.',
        actors: [
          ['Johnston', 'person'],
          ['Texas', 'place'],
        ],
      },
    ]);
    resolveActors(c);
    expect(
      c.actors
        .filter((a) => a.kind === 'person')
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Johnson', 'Johnston']);
  });

  it('a country is never folded into a company, nor a city into a newspaper', () => {
    const c = corpusOf([
      {
        id: 'a1',
        text: 'Kenya Airways flew. Kenya said so.',
        actors: [
          ['Kenya Airways', 'organization'],
          ['Kenya Airways', 'organization', 'Kenya'],
        ],
      },
      {
        id: 'a2',
        text: 'The New York Times wrote that New York was calm.',
        actors: [
          ['New York Times', 'organization'],
          ['New York Times', 'organization', 'New York'],
        ],
      },
      { id: 'a3', text: 'In New York, rain.', actors: [['New York', 'place']] },
      { id: 'a4', text: 'Kenya voted.', actors: [['Kenya', 'country']] },
    ]);
    resolveActors(c);
    expect(actorAt(c, 'a1', 'Kenya')?.id).toBe('country:kenya');
    expect(actorAt(c, 'a1', 'Kenya Airways')?.id).toBe('organization:kenya-airways');
    expect(actorAt(c, 'a2', 'New York')?.id).toBe('place:new-york');
    expect(c.actors.find((a) => a.id === 'organization:new-york-times')!.aliases).toEqual(['New York Times']);
  });

  it('a country in a company name is its own actor even when no article names it alone', () => {
    const c = corpusOf([
      {
        id: 'a1',
        text: 'Kenya Airways flew. Kenya said so.',
        actors: [
          ['Kenya Airways', 'organization'],
          ['Kenya Airways', 'organization', 'Kenya'],
        ],
      },
    ]);
    resolveActors(c);
    expect(actorAt(c, 'a1', 'Kenya')).toMatchObject({ id: 'country:kenya', kind: 'country' });
  });

  it('an acronym whose only expansion is rare stays itself ("WN" is no "When Neandertals")', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      id: `i${i}`,
      text: 'WN asked.',
      actors: [['WN', 'organization']] as [string, 'organization'][],
    }));
    const c = corpusOf([...many, { id: 'x', text: 'When Neandertals lived.', actors: [['When Neandertals', 'organization']] }]);
    resolveActors(c);
    expect(actorAt(c, 'i0', 'WN')?.name).toBe('WN');
  });

  it('a capital stays a place that belongs to its country', () => {
    const c = corpusOf([
      {
        id: 'a1',
        text: 'London and Paris disagreed.',
        actors: [
          ['United Kingdom', 'country', 'London'],
          ['France', 'country', 'Paris'],
        ],
      },
      {
        id: 'a2',
        text: 'The United Kingdom voted. Rain in London.',
        actors: [
          ['United Kingdom', 'country'],
          ['London', 'place'],
        ],
      },
    ]);
    c.actors.find((a) => a.id === 'place:london')!.partOf = 'country:united-kingdom';
    c.events.push({
      id: 'a1.e1',
      articleId: 'a1',
      kind: 'mentioned',
      date: { start: '2024' },
      title: 'x',
      span: [0, 27],
      actorIds: ['country:united-kingdom', 'country:france'],
    });
    resolveActors(c);
    expect(actorAt(c, 'a1', 'London')).toMatchObject({ id: 'place:london', kind: 'place', partOf: 'country:united-kingdom' });
    expect(actorAt(c, 'a1', 'Paris')).toMatchObject({ kind: 'place', partOf: 'country:france' });
    expect(c.actors.find((a) => a.id === 'country:united-kingdom')!.aliases).not.toContain('London');
    expect(c.events.find((e) => e.id === 'a1.e1')!.actorIds).toEqual(['place:london', 'place:paris']);
  });
});

describe('resolveActors: kind, rewriting, determinism', () => {
  it('decides the kind by a vote of all mentions, not the first article', () => {
    const c = corpusOf([
      { id: 'a1', text: 'Bill Clinton Foundation? No: Bill Clinton.', actors: [['Bill Clinton', 'organization', 'Bill Clinton']] },
      {
        id: 'a2',
        text: 'Bill Clinton spoke. Bill Clinton left.',
        actors: [
          ['Bill Clinton', 'person'],
          ['Bill Clinton', 'person'],
        ],
      },
      { id: 'a3', text: 'Bill Clinton won.', actors: [['Bill Clinton', 'person']] },
    ]);
    c.quotes.push({ id: 'a1.q1', articleId: 'a1', text: 'No', speakerId: 'organization:bill-clinton', span: [25, 27] });
    resolveActors(c);
    expect(c.actors).toEqual([expect.objectContaining({ id: 'person:bill-clinton', kind: 'person' })]);
    expect(c.quotes[0].speakerId).toBe('person:bill-clinton');
    expect(new Set(c.mentions.map((m) => m.actorId))).toEqual(new Set(['person:bill-clinton']));
  });

  it('gives the same result whatever the order of actors and mentions', () => {
    const articles = [
      {
        id: 'a1',
        text: 'Donald Trump met NATO in Brussels.',
        actors: [
          ['Donald Trump', 'person'],
          ['NATO', 'organization'],
          ['Brussels', 'place'],
        ] as [string, 'person'][],
      },
      {
        id: 'a2',
        text: 'Trump and the North Atlantic Treaty Organization.',
        actors: [
          ['Trump', 'person'],
          ['North Atlantic Treaty Organization', 'organization'],
        ] as [string, 'person'][],
      },
      {
        id: 'a3',
        text: 'Zelensky and Zelenskyy in Brussels.',
        actors: [
          ['Zelensky', 'person'],
          ['Zelenskyy', 'person'],
          ['Brussels', 'place'],
        ] as [string, 'person'][],
      },
    ];
    const one = corpusOf(articles);
    const two = corpusOf([...articles].reverse());
    two.actors.reverse();
    two.mentions.reverse();
    resolveActors(one);
    resolveActors(two);
    expect(two.actors).toEqual(one.actors);
    const sorted = (c: typeof one) => [...c.mentions].sort((x, y) => x.articleId.localeCompare(y.articleId) || x.span[0] - y.span[0]);
    expect(sorted(two)).toEqual(sorted(one));
  });
});

describe('resolveActors: an organization named with its country', () => {
  const senate = (extra: { id: string; text: string; actors: [string, 'organization'][] }[] = []) =>
    corpusOf([
      { id: 'a1', text: 'The US Senate voted.', actors: [['US Senate', 'organization']] },
      { id: 'a2', text: 'The United States Senate met.', actors: [['United States Senate', 'organization']] },
      {
        id: 'a3',
        text: 'The Senate adjourned. The Senate left.',
        actors: [
          ['Senate', 'organization'],
          ['Senate', 'organization'],
        ],
      },
      ...extra,
    ]);

  it('is the unqualified one when only one country qualifies it ("US Senate", "Senate")', () => {
    const c = senate();
    resolveActors(c);
    expect(actorAt(c, 'a1', 'US Senate')?.id).toBe(actorAt(c, 'a3', 'Senate')?.id);
    expect(actorAt(c, 'a2', 'United States Senate')?.id).toBe(actorAt(c, 'a3', 'Senate')?.id);
  });

  it('stays apart when two countries qualify the name ("Philippine Senate")', () => {
    const c = senate([{ id: 'a4', text: 'The Philippines Senate voted.', actors: [['Philippines Senate', 'organization']] }]);
    resolveActors(c);
    expect(actorAt(c, 'a1', 'US Senate')?.id).not.toBe(actorAt(c, 'a3', 'Senate')?.id);
    expect(actorAt(c, 'a4', 'Philippines Senate')?.id).not.toBe(actorAt(c, 'a3', 'Senate')?.id);
  });
});

it('a body that was one country\'s in one article is not that country\'s everywhere ("Senate", "Puerto Rico Senate")', () => {
  const c = corpusOf([
    {
      id: 'p1',
      text: 'The Puerto Rico Senate voted. The Senate met again.',
      actors: [
        ['Puerto Rico Senate', 'organization'],
        ['Puerto Rico Senate', 'organization', 'Senate'],
      ],
    },
    { id: 'us', text: 'The US Senate voted.', actors: [['US Senate', 'organization']] },
    { id: 'u1', text: 'The Senate voted on Tuesday.', actors: [['Senate', 'organization']] },
    { id: 'u2', text: 'The Senate adjourned.', actors: [['Senate', 'organization']] },
  ]);
  resolveActors(c);
  expect(actorAt(c, 'u1', 'Senate')?.id).not.toBe(actorAt(c, 'p1', 'Puerto Rico Senate')?.id);
});

it("a national team keeps its country's name as its own short form; the country stays a country across the corpus", () => {
  const report = "Sweden defeated South Korea 1 – 0 in the World Cup match. The striker scored a goal. Sweden's coach was happy.";
  const news = 'Sweden raised its taxes. The government of Sweden said so.';
  const articles: Article[] = [
    { id: 'm', date: '2018-06-19', title: 'm', text: report },
    { id: 'n', date: '2018-06-20', title: 'n', text: news },
  ];
  const c = buildCorpus(articles, [], extractArticle);
  expect(actorAt(c, 'm', 'Sweden')).toMatchObject({ name: 'Sweden national team', kind: 'organization', partOf: 'country:sweden' });
  expect(actorAt(c, 'n', 'Sweden')).toMatchObject({ name: 'Sweden', kind: 'country' });
});

describe('resolveActors: one name spaced two ways', () => {
  it('"Mac OSX" and "Mac OS X", "Wal - Mart" and "Wal-Mart" are one actor each', () => {
    const c = corpusOf([
      {
        id: 'a',
        text: 'Apple sold Mac OSX in Wal - Mart stores.',
        actors: [
          ['Mac OSX', 'thing'],
          ['Wal - Mart', 'organization'],
        ],
      },
      {
        id: 'b',
        text: 'Mac OS X ran at Wal-Mart.',
        actors: [
          ['Mac OS X', 'thing'],
          ['Wal-Mart', 'organization'],
        ],
      },
    ]);
    resolveActors(c);
    expect(c.actors.map((a) => [a.kind, a.aliases.length])).toEqual(
      expect.arrayContaining([
        ['thing', 2],
        ['organization', 2],
      ]),
    );
    expect(c.actors).toHaveLength(2);
  });
});
