// Speaker rules of issue 10, one table a rule: news-style sentences where the rule must fire and
// ones where it must not (the expected speaker is an actor name, or null for no speaker).
import { describe, it, expect } from 'vitest';
import { run } from './helpers';

/** The quotes of `text` as [quoted words, speaker name or null]. */
const quotesOf = (text: string) => {
  const { out } = run(text);
  return out.quotes.map((q) => [q.text, q.speakerId ? (out.actors.find((a) => a.id === q.speakerId)?.name ?? q.speakerId) : null]);
};
const speakerOf = (text: string) => quotesOf(text)[0]?.[1] ?? null;
/** One test a row: the first quote of the text has that speaker. */
const speakers = (rows: [string, string | null][], prefix = '') =>
  it.each(rows)(`${prefix}%s`, (text, name) => expect(speakerOf(text)).toBe(name));

describe('an attribution after the quote with an appositive or a parenthesis', () => {
  speakers([
    ['"We expect inflation to come down only slowly," Ines Lund, chief economist at Halvorsen Bank, said on Wednesday.', 'Ines Lund'],
    [
      '"It was the worst storm we have seen in a generation," Pedro Alvarez, the mayor of the coastal town, told reporters.',
      'Pedro Alvarez',
    ],
    ['"We will appeal the ruling," Tomas Berg, a lawyer for Meridian Dynamics, said.', 'Tomas Berg'],
    ['"The evidence simply is not there," Margaret Hale (R-Ohio) said during the hearing.', 'Margaret Hale'],
    ['"The evidence simply is not there," said Sen. Margaret Hale (R-Ohio), who chairs the committee.', 'Margaret Hale'],
    ['"This is a betrayal of working families," said Sen. Claire McCaskill (D-Mo.) in a statement.', 'Claire McCaskill'],
    // a long title before the name is still the attribution
    [
      '"We will continue searching until we find it," 1st Fleet Command\'s Navy Information Agency head Arba Agung told The Jakarta Post.',
      'Arba Agung',
    ],
  ]);

  speakers(
    [
      // the name after "while" belongs to another clause
      [
        '"We will appeal the ruling," a lawyer for Meridian Dynamics said, while Tomas Berg, the company founder, declined to comment.',
        'Meridian Dynamics',
      ],
    ],
    'not: ',
  );
});

describe('an inverted attribution: "said a spokeswoman for ORG, NAME"', () => {
  speakers([
    ['"We are reviewing the report," said a spokeswoman for Meridian Dynamics, Ines Lund.', 'Ines Lund'],
    ['"We have no further details at this stage," said a spokesman for Northern Rail, Tomas Berg.', 'Tomas Berg'],
    // no name after the role phrase: the organization speaks through its spokeswoman
    ['"We are reviewing the report," said a spokeswoman for Meridian Dynamics.', 'Meridian Dynamics'],
    ['"We are reviewing the report," said a spokeswoman for Meridian Dynamics, which has denied any wrongdoing.', 'Meridian Dynamics'],
  ]);
});

describe('an attribution in the next paragraph for a paragraph that is only a quote', () => {
  const quote = '\n\n"Nobody in this room wants to raise taxes, but we have no choice left."\n\n';
  speakers([
    [`Pedro Alvarez opened the meeting.${quote}Said the mayor's deputy, Ines Lund.`, 'Ines Lund'],
    [`Pedro Alvarez opened the meeting.${quote}Ines Lund, the deputy mayor, said on Friday.`, 'Ines Lund'],
    [`Pedro Alvarez opened the meeting.${quote}Ines Lund told reporters after the vote.`, 'Ines Lund'],
  ]);

  speakers(
    [
      // a new statement of its own, not an attribution
      [`Pedro Alvarez said the town had run out of money.${quote}Ines Lund said that the council would vote next week.`, 'Pedro Alvarez'],
      [`Pedro Alvarez said the town had run out of money.${quote}Meridian Dynamics said it would appeal.`, 'Pedro Alvarez'],
      // introduced with a colon before it
      [`Pedro Alvarez said:${quote}Ines Lund said on Friday.`, 'Pedro Alvarez'],
    ],
    'not: ',
  );
});

describe("colon and participle introductions: the speaker is the clause's subject", () => {
  speakers([
    ['Ines Lund told Reuters on Tuesday: "We are reviewing every contract signed since the merger."', 'Ines Lund'],
    ['Boris Novak told Radio Free Europe on Tuesday: "We will not accept any deal that divides the country."', 'Boris Novak'],
    [
      'Pedro Alvarez, writing to Mayor Ines Lund last week, added: "The town cannot afford another delay to the sea wall."',
      'Pedro Alvarez',
    ],
    ['Helen Clark, speaking to Jacinda Ardern at the summit, said: "The region needs a common plan for the crisis."', 'Helen Clark'],
    ['Pedro Alvarez, who met Ines Lund on Monday, said: "The town cannot afford another delay to the sea wall."', 'Pedro Alvarez'],
    // an appositive that is only a name names the subject
    ['The Vice President, Mike Pence, said on Friday the country is "in the midst of a crisis on our southern border."', 'Mike Pence'],
    [
      'The director of Amnesty International Argentina, Mariela Belski, said the president had "heard the demands of women".',
      'Mariela Belski',
    ],
    // an opening "According to X," holds no subject; the last name of the interruption names it
    [
      'According to the news agency ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, ' +
        'said the men must face "murder and terrorism charges".',
      'Ali Alghasi Mehr',
    ],
    // several asides between the subject and its verb
    [
      'The account of Meridian Radio, which replaced the old station, hosted by Bernard McGuirk and Sid Rosenberg, ' +
        'tweeted: "We salute you. A radio legend indeed."',
      'Meridian Radio',
    ],
  ]);

  speakers(
    [
      // the subject is the name before the verb, the object after it is no speaker
      ['Ines Lund met Pedro Alvarez on Monday. Alvarez said: "The town cannot afford another delay to the sea wall."', 'Pedro Alvarez'],
    ],
    'not: ',
  );
});

describe('a bracketed citation after a quote is not its speaker', () => {
  speakers([
    ['"We made real progress today on the hardest issues," the envoy said on Monday [Associated Press].', null],
    ['The talks ended late on Monday [Associated Press]: "We made real progress today on the hardest issues."', null],
    ['Ines Lund is the envoy. "The ceasefire is holding in most of the region," she said. [Associated Press]', 'Ines Lund'],
    ['"The ceasefire is holding in most of the region." [Reuters]', null],
  ]);
});

describe('speech verbs from the lexicon, phrasal ones too', () => {
  speakers([
    ['Pedro Alvarez went on: "We have no choice left this year, and everyone knows it."', 'Pedro Alvarez'],
    ['"We have no choice left this year," Ines Lund chimed in.', 'Ines Lund'],
    ['"Stop the vote now!" Pedro Alvarez blurted out during the session.', 'Pedro Alvarez'],
    ['"That is simply not true," interjected Ines Lund.', 'Ines Lund'],
    ['Ines Lund advises: "Never sign a contract you have not read twice."', 'Ines Lund'],
    ['Pedro Alvarez pointed out that "the old bridge was never designed for this traffic".', 'Pedro Alvarez'],
    ['"Not on my watch," quipped Ines Lund when asked about the merger.', 'Ines Lund'],
  ]);
});

describe('Headline Case articles: a capitalized speech verb is a verb', () => {
  speakers([
    ['Mayors Meet In Oslo To Talk About Budgets. "We Have No Choice Left This Year," Said Mayor Ines Lund On Tuesday.', 'Ines Lund'],
  ]);
});

describe('quotes are speech', () => {
  it('"However," opening a split quote is not a quote; the rest has the speaker', () => {
    expect(quotesOf('"However," Pedro Alvarez told the council, "we have no choice left this year."')).toEqual([
      ['we have no choice left this year.', 'Pedro Alvarez'],
    ]);
  });

  it.each([
    // scare quotes and titles that nobody is said to say
    'The critics call it "reckless" in every interview.',
    'The song "Yesterday" was played at the opening of the festival in Oslo.',
    'The impasse over the budget went on for "years." Nobody expected that.',
    'The so-called "Dragon Fund" was set up in 2010 by Meridian Dynamics.',
    'Hungary launched a military development program dubbed "Zrinyi 2026" in 2017.',
    'The new strain, known as "Delta Plus", was first found in Nepal.',
  ])('no quote: %s', (text) => expect(quotesOf(text)).toEqual([]));

  speakers(
    [
      // a term someone is said to use is their quote
      ['Pedro Alvarez called the plan "reckless".', 'Pedro Alvarez'],
      ['"Yes, we will," Pedro Alvarez told the council.', 'Pedro Alvarez'],
      ['Donald Trump dubbed the inquiry "a witch hunt" on Twitter.', 'Donald Trump'],
      // ", and was admitted to" after the quote is another clause, not an attribution
      ['Donald Trump was said to be suffering "minor symptoms", and was admitted to Walter Reed Hospital as a precaution.', 'Donald Trump'],
      // "proposed" is an adjective here, not the speech verb
      ['Tom Watson called Prime Minister Theresa May\'s proposed Brexit deal "lousy" on Monday.', 'Tom Watson'],
    ],
    'a quote: ',
  );
});

describe('a group never speaks as one', () => {
  speakers([
    ['To dissatisfied Democrats stuck with a candidate who voted for more war, I say, "There is a real party of peace and justice."', null],
    ['"We want our land back," Kurds said at the rally, according to the organizers.', null],
    ['"We want our land back," Kurdish leader Salih Muslim said at the rally.', 'Salih Muslim'],
  ]);
});

describe('a passive agent after the quote: "described as "..." by X"', () => {
  it('the agent speaks, the one described does not', () => {
    const text =
      'Sudesh Amman was shot dead in London. Amman, who was described as "knife-obsessed" by the Metropolitan Police, ' +
      'had been released from prison a week ago.';
    expect(quotesOf(text)).toEqual([['knife-obsessed', 'Metropolitan Police']]);
  });

  it('"by the police" is the police force the article names, even later', () => {
    const text =
      'Amman, who was described as "knife-obsessed" by the police, sent extremist messages. ' +
      'The Metropolitan Police Counter Terrorism Command said the attack was over.';
    expect(speakerOf(text)).toBe('Metropolitan Police Counter Terrorism Command');
  });

  it('a named agent speaks', () => {
    const text = 'The plan was called "a disgrace to the nation" by Senator Ruth Calder on Tuesday, after Mayor Ivo Sand backed it.';
    expect(speakerOf(text)).toBe('Ruth Calder');
  });

  speakers(
    [
      // no "by" after the quote: the frame is the usual one
      ['Mayor Ivo Sand described the plan as "a disgrace to the nation and its people" on Tuesday.', 'Ivo Sand'],
      // "by" then a time, no agent: the one described never speaks
      ['Ivo Sand, who was described as "the most dangerous man in the city council" by then, resigned.', null],
    ],
    'not this frame, or no agent: ',
  );
});
