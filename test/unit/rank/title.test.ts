// Titles of mentioned events made from real sentences of the dev corpora
// (../shared/corpora: tempeval3, meantime, wikinews): the clause that holds
// the date, without the date phrase, leading connectors or dangling quotes.
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { mentionTitle, TITLE_MAX } from '../../../src/ingest/rank/title';
import { wordsOf } from '../../../src/ingest/rank/words';

/** [sentence, its date phrase, the expected title] */
const TABLE: [string, string, string][] = [
  [
    'For the Democratic Party, Super Tuesday is to include 14 states, as well as the territory of American Samoa.',
    'Tuesday',
    'Super Tuesday is to include 14 states',
  ],
  ['$5 billion was pledged on Monday by the donors.', 'on Monday', '$5 billion was pledged by the donors'],
  ['<b>The council</b> met on Monday.', 'on Monday', '<b>The council</b> met'],
  [
    'An apartment building collapsed on Monday in Magnitogorsk, a city in the Ural region of Russia.',
    'on Monday',
    'An apartment building collapsed in Magnitogorsk',
  ],
  ['Nevada held its caucuses on February 22.', 'February 22', 'Nevada held its caucuses'],
  ['The model was published in Nature on October 22.', 'October 22', 'The model was published in Nature'],
  [
    'He retired in 1982 but continued to regularly work at the Department of Mathematics and Statistics.',
    '1982',
    'He retired but continued to regularly work at the Department of Mathematics…',
  ],
  [
    'Vanderbilt was born in 1924 into the wealthy Vanderbilt family, ' +
      'great-great granddaughter of the railroad and shipping tycoon Cornelius Vanderbilt.',
    '1924',
    'Vanderbilt was born into the wealthy Vanderbilt family',
  ],
  [
    'On Friday, Congress approved a budget authorizing funding with about a quarter as much money  as the ' +
      'president had requested for a border wall.',
    'On Friday',
    'Congress approved a budget authorizing funding with about a quarter…',
  ],
  [
    'Search and rescue was suspended on Tuesday, with Zinichev describing the "real threat of [another] part of ' +
      'the building collapsing" as making it "impossible to continue working in such conditions", ' +
      'and work launched to stabilise the remaining structure.',
    'on Tuesday',
    'Search and rescue was suspended',
  ],
  [
    'Mendez is known for organizing the safe return in 1980 of several U.S. ' +
      'nationals who had hidden in the Canadian embassy during the Iran Hostage Crisis.',
    '1980',
    'Mendez is known for organizing the safe return of several U.S. nationals',
  ],
  [
    'The Taiwanese government held a referendum in November 2018, ' +
      'allowing the population to vote on same-sex marriage, and 67% came out against.',
    'November 2018',
    'The Taiwanese government held a referendum',
  ],
  [
    'Upon arrival, Zapata told reporters, "We made a machine three years ago... and now we\'ve crossed the Channel, it\'s crazy."',
    'three years ago',
    "We made a machine and now we've crossed the Channel",
  ],
  [
    'On July 31, multiple news outlets reported Hamza bin Laden to be dead citing sources within the United States Department of Defense.',
    'July 31',
    'Multiple news outlets reported Hamza bin Laden to be dead citing sources…',
  ],
  [
    'Only once before has Congress voted to hold a Cabinet officer in contempt while they were in office: ' +
      'Attorney General Eric Holder was held in contempt in 2012 for refusing to turn over documents related to ' +
      'Operation Fast and Furious.',
    '2012',
    'Attorney General Eric Holder was held in contempt for refusing to turn over…',
  ],
  [
    'Friday night was the fourth night in a row that Serbians protested; ' +
      "the protest started out against the government's anti-COVID-19 measures but has reportedly expanded into more " +
      'general anti-government protests.',
    'Friday night',
    'Friday night was the fourth night in a row that Serbians protested',
  ],
  [
    'The Wildlife Protection Act, 1972 lists jackals as a protected species.',
    '1972',
    'The Wildlife Protection Act lists jackals as a protected species',
  ],
  ['The protests began in early October', 'October', 'The protests began'],
  [
    'However, she dropped out of the race in early March after failing to win any of the fourteen state nominating ' +
      'contests of "Super Tuesday", March 3.',
    'March',
    'She dropped out of the race after failing to win any of the fourteen state…',
  ],
  ['And then, I critically started questioning it in 2016.', '2016', 'I critically started questioning it'],
  [
    'But they never materialized and IMA completed the purchase yesterday.',
    'yesterday',
    'They never materialized and IMA completed the purchase',
  ],
  [
    "iLife '11 was released on Wednesday as a US$49 upgrade, and is also available free with new Mac purchases.",
    'on Wednesday',
    "iLife '11 was released as a US$49 upgrade",
  ],
  [
    'Secretary of State Madeleine Albright paid tribute Tuesday to bombing victims and embassy staffers on a ' +
      'whirlwind visit to East Africa, and promised to track down the perpetrators.',
    'Tuesday',
    'Secretary of State Madeleine Albright paid tribute to bombing victims…',
  ],
  [
    'Secretary of State Madeleine Albright headed Tuesday to East Africa, ' +
      'seeking to demonstrate American support after the bombings that targeted U.S. embassies, ' +
      'but mostly claimed African lives.',
    'Tuesday',
    'Secretary of State Madeleine Albright headed to East Africa',
  ],
  [
    'Buried a foot beneath the ground, the weapon was unearthed during a search of a heavily wooded, four-acre area Thursday.',
    'Thursday',
    'The weapon was unearthed during a search of a heavily wooded, four-acre area',
  ],
  ['Among people with less than a high school education, the rate in January was 7.2 percent.', 'January', 'The rate was 7.2 percent'],
  [
    'While there were no one-time gains or losses in the latest period, there was a one-time gain of #18 million in the 1988 period.',
    '1988',
    'There was a one-time gain of #18 million in the period',
  ],
  [
    'In fiscal 1988, the company earned $17.3 million, or $1.92 a share, on revenue of $352.9 million.',
    '1988',
    'The company earned $17.3 million',
  ],
  [
    "Sales in the latest period were $1.76 billion, a 13% increase from last year's $1.55 billion.",
    'last year',
    'Sales in the latest period were $1.76 billion, a 13% increase from $1.55 billion',
  ],
  [
    'Last year catastrophe losses totaled $5 million, when net was $235.5 million, or $2.07 a share.',
    'Last year',
    'Catastrophe losses totaled $5 million',
  ],
  [
    'Tanzanian police said on Tuesday they had arrested 14 foreigners in their search for bombers.',
    'on Tuesday',
    'Tanzanian police said they had arrested 14 foreigners in their search…',
  ],
  [
    'Last month, Polly Peck posted a 38% jump in pretax profit for the first half to #54.8 million from #39.8 ' +
      'million on a 63% rise in sales.',
    'Last month',
    'Polly Peck posted a 38% jump in pretax profit for the first half to #54.8…',
  ],
  [
    'The Vice President, Mike Pence, said on Friday the United States is "in the midst of a crisis on our southern border."',
    'on Friday',
    'The Vice President, Mike Pence, said the United States is in the midst…',
  ],
  [
    "Andrea Zamperoni, the head chef of New York City's Cipriani Dolci restaurant, was discovered dead on Wednesday in Queens, New York.",
    'on Wednesday',
    'Andrea Zamperoni was discovered dead in Queens',
  ],
  [
    'In the 1970s free software almost ceased to exist -- all the software with small exceptions was proprietary.',
    '1970s',
    'Free software almost ceased to exist -- all the software with small exceptions…',
  ],
];

/** The title of the one event of `sentence`, whose date is the first occurrence of `phrase`. */
function titleOf(sentence: string, phrase: string, before = ''): string {
  const text = before + sentence;
  const at = text.indexOf(phrase, before.length);
  if (at < 0) throw new Error(`no "${phrase}" in the sentence`);
  return mentionTitle(text, { start: at, end: at + phrase.length }, { start: before.length, end: text.length });
}

describe('titles of mentioned events', () => {
  it.each(TABLE)('%s', (sentence, phrase, expected) => {
    expect(titleOf(sentence, phrase)).toBe(expected);
  });

  it('keeps every title short, without a dangling quote mark', () => {
    for (const [sentence, phrase] of TABLE) {
      const title = titleOf(sentence, phrase);
      expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
      expect((title.match(/["“”]/g) ?? []).length % 2).toBe(0);
      // The date phrase goes, unless it is the subject ("Friday night was the fourth night ...") or inside a name ("Super Tuesday").
      if (!title.startsWith(phrase) && !/\p{Lu}\p{L}* $/u.test(sentence.slice(0, sentence.indexOf(phrase))))
        expect(title).not.toContain(phrase);
    }
  });

  it('never gives a bare date or filler: the sentence before says what happened', () => {
    const before = 'The city council will vote on the new budget. ';
    expect(titleOf('Tomorrow.', 'Tomorrow', before)).toBe('The city council will vote on the new budget');
    expect(titleOf('2018.', '2018', before)).toBe('The city council will vote on the new budget');
    expect(titleOf('It happened last year.', 'last year', before)).toBe('The city council will vote on the new budget');
  });

  // The sentence is parsed a piece at a time (words.ts): the title must not depend on where the parse stopped.
  it('reads past the clause of the date when the title needs what follows', () => {
    const mugabe = 'Mugabe ruled Zimbabwe, serving as its first prime minister, 1980–1987; then as president, 1987–2017; for 37 years.';
    expect(titleOf(mugabe, '1980–1987')).toBe('Mugabe ruled Zimbabwe, serving as its first prime minister, then as president');
    // An introduction: what it introduces comes after it.
    expect(titleOf('Last month, investors sold the shares, and the price fell.', 'Last month')).toBe('Investors sold the shares');
  });

  it('gives every word the tags compromise gives it in the whole sentence', () => {
    const sentences = [
      'Yesterday, oil facilities belonging to Saudi Aramco were hit, officials said, which cut output by half.',
      'Mugabe ruled Zimbabwe, serving as its first prime minister, 1980–1987; then as president, 1987–2017; for 37 years.',
      'In the nine months, net rose 4.3% to $525.8 million, from $504.2 million, on sales of $3.8 billion.',
      'The storm, which formed on Monday, hit the coast, flooding roads; schools stayed closed: officials said so.',
    ];
    for (const s of sentences) {
      // Words with no text of their own (a contraction's second half) have no offset: words.ts skips them.
      const whole = nlp
        .tokenize(s)
        .compute(['lexicon', 'preTagger'])
        .docs.flat()
        .filter((t) => t.text);
      const words = wordsOf(s, { start: 0, end: s.length }).words;
      expect(words.map((w) => s.slice(w.start, w.end))).toEqual(whole.map((t) => t.text));
      // words.ts adds Possessive and TitleCase of its own.
      const own = new Set(['Possessive', 'TitleCase']);
      expect(words.map((w) => [...w.tags].filter((t) => !own.has(t)).sort())).toEqual(
        whole.map((t) => [...(t.tags ?? [])].filter((x) => !own.has(x)).sort()),
      );
    }
  });

  it('gives a bare date alone as itself rather than nothing', () => {
    expect(titleOf('Tomorrow.', 'Tomorrow')).toBe('Tomorrow');
  });
});
