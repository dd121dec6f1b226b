// Names of companies and agencies as business and government news writes them: legal forms, ampersands, "X and Y
// Commission", stock exchanges. Sentences from the wikinews demo, with the cases that must not fire.
import { describe, expect, it } from 'vitest';
import { names, run } from './helpers';

describe('a legal form makes a company, whatever the words before it', () => {
  it.each([
    ['Zamperoni worked for Cipriani S.A., which owns the restaurant, for more than ten years.', 'Cipriani S.A.'],
    ['Shares of Milton Roy Corp. rose after the offer.', 'Milton Roy Corp'],
    ['The drug maker Erbamont N.V. agreed to the bid.', 'Erbamont N.V.'],
    ['Its sister operation, Environmental Testing Co., was sold.', 'Environmental Testing Co'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(`${name}=organization`);
  });

  it('and the name written without it is the company, though it reads as a person\'s ("Milton Roy")', () => {
    const { out } = run('Crane Co. holds a stake in Milton Roy Corp., an instruments maker. Milton Roy said it had no comment.');
    const roy = out.actors.filter((a) => a.name.startsWith('Milton Roy'));
    expect(roy.map((a) => a.kind)).toEqual(['organization']);
    expect(out.mentions.filter((m) => m.actorId === roy[0].id)).toHaveLength(2);
  });

  it('a title before the short name keeps the person ("Mr. Walt Disney" beside "Walt Disney Co.")', () => {
    const got = names('Walt Disney Co. opened the park. Mr. Walt Disney had planned it.');
    expect(got).toContain('Walt Disney=person');
  });
});

describe('an ampersand joins one name', () => {
  it('"Kamway Lodge & Tavern", "Redfield & Wilton Strategies", "Procter & Gamble"', () => {
    const got = names(
      'Zamperoni was discovered at Kamway Lodge & Tavern, a hostel. She drew two percent in the Redfield & Wilton Strategies ' +
        'survey. Procter & Gamble raised prices.',
    );
    expect(got).toEqual(
      expect.arrayContaining([
        'Kamway Lodge & Tavern=organization',
        'Redfield & Wilton Strategies=organization',
        'Procter & Gamble=organization',
      ]),
    );
  });

  it('one ampersand per name: "Ernst & Young & Deloitte & KPMG" is a list', () => {
    expect(names('Auditors Ernst & Young & Deloitte & KPMG signed.').filter((g) => (g.match(/&/g) ?? []).length > 1)).toEqual([]);
  });

  it('not the end of a list of first names, cited authors or single letters', () => {
    const got = names('My heart breaks for Deirdre, Wyatt & Zach. The study followed Carrano & Biewener [7] and (Makel & Plucker, 2014).');
    expect(got.filter((g) => g.includes('&'))).toEqual([]);
  });
});

describe('ordinary words, "and", then a body\'s name are one body', () => {
  it.each([
    [
      'Ford said in a financial filing to the U.S. Securities and Exchange Commission that the investigation started in February.',
      'Securities and Exchange Commission',
    ],
    [
      'The advisory noted waves recorded by a National Oceanic and Atmospheric Administration buoy.',
      'National Oceanic and Atmospheric Administration',
    ],
    ['This month includes interviews with the nominees of the Reform Party and the Life and Liberty Party.', 'Life and Liberty Party'],
    ['He told the Food and Drug Administration about the trial.', 'Food and Drug Administration'],
  ])('%s', (text, name) => {
    expect(names(text).some((g) => g.startsWith(`${name}=`) || g.startsWith(`U.S. ${name}=`))).toBe(true);
  });

  it('not two bodies, a plural head, or a case name', () => {
    const got = names(
      'The Center for Biological Diversity and Center for Food Safety requested protections. He wrote to the State and Homeland ' +
        'Security Departments. A quote from Browning and War Office followed.',
    );
    expect(got).toEqual(expect.arrayContaining(['Center for Biological Diversity=organization', 'Center for Food Safety=organization']));
    expect(got.filter((g) => / and /.test(g))).toEqual([]);
  });
});

describe('a stock exchange is a body; its index a thing', () => {
  it('"London Stock Exchange", "New York Stock Exchange"', () => {
    const got = names('Khan was convicted for his part in a London Stock Exchange bomb plan. Shares fell on the New York Stock Exchange.');
    expect(got).toEqual(expect.arrayContaining(['London Stock Exchange=organization', 'New York Stock Exchange=organization']));
  });
});

describe('a sentence may start with a name the article capitalizes mid-sentence', () => {
  it('"Airbus said" after "announced by Airbus"', () => {
    const got = names('The delay was announced by Airbus on Monday. Airbus said the first deliveries would slip to 2008.');
    expect(got).toEqual(['Airbus=organization', 'Airbus=organization']);
  });

  it('not a word the article also writes in lower case, one that only follows another capital, or a label', () => {
    const got = names(
      'Doctors fight iodine deficiency in Asia. Iodine is cheap. He studied the English Language. Language is hard. ' +
        'The Playstation demo Image: Nick Moreau. Image quality was poor.',
    );
    expect(got.filter((g) => /^(?:Iodine|Language|Image)=/.test(g))).toEqual([]);
  });
});

describe("an index's number after its maker's possessive", () => {
  it('"the Standard & Poor\'s 500 index" is one thing; "Standard & Poor\'s said" the firm', () => {
    const got = names("The Standard & Poor's 500 index dropped 4.7 percent. Standard & Poor's said so.");
    expect(got).toEqual(expect.arrayContaining(["Standard & Poor's 500=thing", 'Standard & Poor=organization']));
  });

  it('not a count of a firm\'s people ("Apple\'s 500 employees")', () => {
    expect(names("Apple's 500 employees left.").some((g) => g.includes('500'))).toBe(false);
  });
});

describe("a US state's postal code with dots after a town and a comma", () => {
  it('"Buffalo, N.Y.", "Farmington, N.M." are places; "the U.N." stays a body', () => {
    const got = names('A sniper killed a Buffalo, N.Y., doctor. Mesa Airlines of Farmington, N.M., did not respond. The U.N. said.');
    expect(got).toEqual(expect.arrayContaining(['N.Y.=place', 'N.M.=place', 'U.N.=organization']));
  });
});

describe("a company's noun before its name", () => {
  it('"its European arm Opel", "the carmaker Saab", "its subsidiary Airbus Military" are bodies', () => {
    const got = names("GM's European arm Opel will sell cars. The carmaker Saab was sold. Its subsidiary Airbus Military flew.");
    expect(got).toEqual(expect.arrayContaining(['Opel=organization', 'Saab=organization', 'Airbus Military=organization']));
  });

  it('not a sports division\'s winner ("Winner of the men\'s division, Cherono")', () => {
    expect(names("Winner of the men's division, Lawrence Cherono, posted a time of 2:05:45.")).not.toContain(
      'Lawrence Cherono=organization',
    );
  });
});

describe('only a company is bought', () => {
  it('"Merrill Lynch agreed to be bought by Bank of America": a company, though it reads as a person\'s name', () => {
    const got = names('Merrill Lynch agreed to be bought by Bank of America. Merrill Lynch shares rose.');
    expect(got.filter((g) => g.startsWith('Merrill Lynch='))).toEqual(['Merrill Lynch=organization', 'Merrill Lynch=organization']);
  });

  it('but a person who agreed to buy stays a person', () => {
    expect(names('Warren Buffett agreed to buy the company.')).toContain('Warren Buffett=person');
  });
});
