// Kinds that hold outside news (gum's academic, biography, interview and travel genres): evidence read over the
// whole article and constructions of those genres (made-up names in real-shaped sentences).
import { describe, it, expect } from 'vitest';
import { run } from './helpers';

const kindsOf = (text: string, name: string) => {
  const { out } = run(text);
  return out.mentions.filter((x) => text.slice(x.span[0], x.span[1]) === name).map((m) => out.actors.find((a) => a.id === m.actorId)?.kind);
};

/** The actor of the first mention written `surface`. */
const actorOf = (text: string, surface: string) => {
  const { out } = run(text);
  const m = out.mentions.find((x) => text.slice(x.span[0], x.span[1]) === surface);
  return out.actors.find((a) => a.id === m?.actorId);
};

describe('a name used as a language once is that language in all the article', () => {
  it('its bare occurrences and the longer name it shortens are things', () => {
    const text =
      'This section presents the Gállo Kwotanni (Kwotanni for short) and its speakers. Kwotanni is mainly spoken in ' +
      'the hills. Most Kwotanni speakers live in towns today. Kwotanni is an endangered language.';
    expect(kindsOf(text, 'Gállo Kwotanni')).toEqual(['thing']);
    expect(kindsOf(text, 'Kwotanni')).toEqual(['thing', 'thing', 'thing', 'thing']);
  });

  it('"speakers of X" is evidence too; people of the article keep their kind', () => {
    const text = 'Amadou Bassène recorded speakers of Kujorab in 2007. Amadou Bassène said Kujorab has three dialects.';
    expect(kindsOf(text, 'Kujorab')).toEqual(['thing', 'thing']);
    expect(kindsOf(text, 'Amadou Bassène')).toEqual(['person', 'person']);
  });

  it('a name the lists know keeps its own kind', () => {
    expect(kindsOf('Senegal speakers spoke. Senegal won.', 'Senegal')).not.toContain('thing');
  });
});

/** Rows of [text, name, the kinds of the name's mentions]. */
const kindRows = (rows: [string, string, string[]][]) =>
  it.each(rows)('%s: %s', (text, name, kinds) => expect(kindsOf(text, name)).toEqual(kinds));

describe('a noun for a place next to a name makes it a place', () => {
  kindRows([
    ['Ferries leave for the islands Marie Solenne and Kaba Tondo.', 'Marie Solenne', ['place']],
    ['The dialect comes from the village of Ousmane Diatta.', 'Ousmane Diatta', ['place']],
    ['Most speakers live in the Basse Korobé area of the south.', 'Basse Korobé', ['place']],
    // Not across a comma, nor for a person named after the noun a place name ends with ("the Lombardy region").
    ['Born in Jiangsu province, Chao went to Cornell. Chao taught there.', 'Chao', ['person', 'person']],
    ['The president of the Lombardy region Roberto Maroni spoke.', 'Roberto Maroni', ['person']],
  ]);
});

describe("a work's title after its genre is a thing, though its words name a body", () => {
  kindRows([
    ['He was cast on the television series Shady Girls in 2000.', 'Shady Girls', ['thing']],
    ['He played Finn in the CBS legal drama The Good Counsel.', 'Good Counsel', ['thing']],
    ["She staged Shakespeare's play The Winter Palace in 2004.", 'Winter Palace', ['thing']],
    ['In 2004 he starred in a pilot titled Young Ranger, which was never aired.', 'Young Ranger', ['thing']],
    // A product after its kind, though its first word is a first name (meantime).
    ['The company updated the Apple operating system Mac OSX on Tuesday.', 'Mac OSX', ['thing']],
    ['Regulators approved the drug Veklury for use in adults.', 'Veklury', ['thing']],
    // A product's kind before the name, not as the head after "is a": "a vaccine company" is a body.
    ['Modervax is a vaccine company based in Boston.', 'Modervax', ['organization']],
  ]);

  it('a genre that is also a verb says nothing without a determiner: the team plays its rival', () => {
    expect(kindsOf('Arsenal will play Chelsea United on Saturday.', 'Chelsea United')).not.toContain('thing');
  });
});

describe('the head noun of an apposition or after "is", a known place it makes with "and", the list it is in', () => {
  kindRows([
    ['Korvel is a neighborhood that lies north of Downtown. Korvel has good cafes.', 'Korvel', ['place', 'place']],
    ['North of it lies Brandmoor, a quiet neighborhood of shops.', 'Brandmoor', ['place']],
    ['In 2005 he was seen in Wolf Hollow, another horror film, as Tom.', 'Wolf Hollow', ['thing']],
    ['Zentrix is a software company based in Oslo.', 'Zentrix', ['organization']],
    // A person's role after the comma is no head of these kinds.
    ['Amadou Bassène, a linguist, recorded the songs.', 'Amadou Bassène', ['person']],
    ['Citizens of Antigua and Barbuda need no visa.', 'Antigua', ['place']],
    ['Citizens of Antigua and Barbuda need no visa.', 'Barbuda', ['place']],
    ['So do those of Saint Vincent and the Grenadines.', 'Saint Vincent', ['place']],
    // The members of a list are of one kind: the noun before the list, or two members the lists know, type the rest.
    ['You can see the islands La Morade, Petite Kerre, Marie Tolande, Les Vantes and far away the sea.', 'Marie Tolande', ['place']],
    ['You can see the islands La Morade, Petite Kerre, Marie Tolande, Les Vantes and far away the sea.', 'Vantes', ['place']],
    ['He appeared in several films, including Silent Harbor, Night Girls and Cold Summer.', 'Night Girls', ['thing']],
    ['Growth in cities like Kraków, Warsaw and Wroczek was fast.', 'Wroczek', ['place']],
    // Two members the lists know make no kind for a name a title gives: "Mr. Dunmore" stays a person.
    ['Delegates from Kraków, Warsaw and Mr. Dunmore met.', 'Dunmore', ['person']],
    // A travel guide's list under a heading of places: each line's name is a place, though a first name starts it.
    ['Korba is a group of islands.\n\nIslands\n\nMarie Tolande: the biggest island.\n\nSee\n\nThe fort.', 'Marie Tolande', ['place']],
    ['Korba is a group of islands.\n\nCities\n\nGrande Vallon\n\nSee\n\nThe fort.', 'Grande Vallon', ['place']],
    // Under another heading, or inside a sentence, the line's name is what its own words say.
    ['Korba is a group of islands.\n\nPeople\n\nMarie Tolande: a painter.', 'Marie Tolande', ['person']],
  ]);
});

it('a state that no longer exists is a place, not a body ("Union")', () => {
  const text = 'When the Soviet Union collapsed, NATO grew. He was born in Czechoslovakia in 1931.';
  expect(kindsOf(text, 'Soviet Union')).toEqual(['place']);
  expect(kindsOf(text, 'Czechoslovakia')).toEqual(['place']);
});

it('a first name of the lists, then a word the dictionary knows only as a proper noun, is a person', () => {
  // "Welles" reads as the plural of "well", but the word list writes it capitalized: a family name.
  const text = 'She worked with directors such as Orson Welles and Holly Dale in those years.';
  expect(kindsOf(text, 'Orson Welles')).toEqual(['person']);
  expect(kindsOf(text, 'Holly Dale')).toEqual(['person']);
  // Only in a name of two words: "Fox" is a family name too, but not in "the Art Deco Fox".
  expect(kindsOf('The restored theaters include the Art Deco Fox downtown.', 'Art Deco Fox')).not.toContain('person');
});

it('"Argentinian" is a demonym of Argentina (the lists give "Argentine"): before a noun it only qualifies it', () => {
  const { out } = run('Estimates by the Argentinian government state about 350 thousand cases.');
  expect(out.mentions).toHaveLength(0);
  expect(out.publishedActorIds).toEqual(['country:argentina']);
});

it('a product line\'s head word alone is the one thing of the article it ends ("the Pro" of "MacBook Pro")', () => {
  const text = 'Apple released the Zenbook and the Zenbook Pro. While the Pro can be ordered now, the other ships later.';
  expect(actorOf(text, 'Pro')?.name).toBe('Zenbook Pro');
});

it('an acronym is no expansion the article typed as something else ("the CW" is no "Cry Wolf", a film)', () => {
  const text = 'In 2005 he appeared in Cry Wolf, another horror film. The show now airs on the CW.';
  expect(actorOf(text, 'CW')?.name).toBe('CW');
  expect(kindsOf(text, 'Cry Wolf')).toEqual(['thing']);
});

it('a noun for a person capitalized before a first name is no part of the name ("Biologist Nick Bos")', () => {
  const { out } = run('Biologist Nick Bos said the ants were sick.');
  expect(out.actors.map((a) => [a.kind, a.name])).toContainEqual(['person', 'Nick Bos']);
});

it('a people\'s or a language\'s word first names no person ("the Spanish Netherlands", "the English Wikipedia")', () => {
  const text = 'He moved to the Spanish Netherlands in 1650. She edits the English Wikipedia daily.';
  expect(kindsOf(text, 'Spanish Netherlands')).not.toContain('person');
  expect(kindsOf(text, 'English Wikipedia')).not.toContain('person');
});

it('terms of the sciences are things, with the acronym they define ("Reactive Oxygen Species (ROS)")', () => {
  const text = 'Sick ants produce Reactive Oxygen Species (ROS) in their cells. The ROS harm the colony.';
  expect(kindsOf(text, 'Reactive Oxygen Species')).toEqual(['thing']);
  expect(kindsOf(text, 'ROS')).toEqual(['thing', 'thing']);
});

it('a part of a law or a text by its number is a thing ("Title IV", "Article III", "Section 230")', () => {
  const text = 'The loans were made under Title IV of the Act. Article III courts decide. Section 230 protects sites.';
  expect(kindsOf(text, 'Title IV')).toEqual(['thing']);
  expect(kindsOf(text, 'Article III')).toEqual(['thing']);
  expect(kindsOf(text, 'Section 230')).toEqual(['thing']);
});

it('"native X words" and "X-speaking" use a name as a language', () => {
  const text = 'Small numbers are said with native Kitonga words. Kitonga is taught in schools.';
  expect(kindsOf(text, 'Kitonga')).toEqual(['thing', 'thing']);
  expect(kindsOf('Kitonga-speaking children were tested. Kitonga has classes.', 'Kitonga')).toEqual(['thing']);
});

it('a street is a place whatever names it, a body\'s word too ("Telegraph Avenue", "Bank Street")', () => {
  const text = 'We walked down Telegraph Avenue and Bank Street to the lake.';
  expect(kindsOf(text, 'Telegraph Avenue')).toEqual(['place']);
  expect(kindsOf(text, 'Bank Street')).toEqual(['place']);
});

it("a tie between the kinds of a name's occurrences goes to the first, where it is introduced", () => {
  expect(
    kindsOf(
      'Korba has two islands.\n\nIslands\n\nMarie Tolande: the biggest island.\n\nSee\n\nFerries to Marie Tolande leave daily.',
      'Marie Tolande',
    ),
  ).toEqual(['place', 'place']);
});

it('a name a singular noun for a person ends is a person (a nickname, a role); a plural one is a body', () => {
  expect(kindsOf('He became known as the Harbor Poet after 1986.', 'Harbor Poet')).toEqual(['person']);
  expect(kindsOf('She played an Ugly Stepsister in the pantomime.', 'Ugly Stepsister')).toEqual(['person']);
  expect(kindsOf('The floor was laid by Acme Builders in 2019.', 'Acme Builders')).not.toContain('person');
  // A title or a people's word makes a role, no nickname.
  expect(kindsOf('The European Commissioner wrote to the firm.', 'European Commissioner')).not.toContain('person');
});

describe('what WordNet says a head noun names, when no list of ours does', () => {
  kindRows([
    ['Vortelle is an open-source game, which anyone may download.', 'Vortelle', ['thing']],
    ['Kessamar, a small island, lies east of the cape.', 'Kessamar', ['place']],
    ['Drovanik is a pipeline that would carry gas north.', 'Drovanik', ['thing']],
    // A person's noun as the head is no thing nor place: the model and the rules decide as before.
    ['Talvio Brenn is a teacher at the school.', 'Talvio Brenn', ['person']],
  ]);

  it("an act's commonest sense misleads: a movement is no thing", () => {
    expect(kindsOf('Velmira Lund is a global movement. We founded Velmira Lund in 2018.', 'Velmira Lund')).not.toContain('thing');
  });

  it('a sentence saying what a name is outweighs the contexts of its other mentions', () => {
    const text =
      'He built a game similar to Quarnix. Quarnix is a commercial game. Players came from Quarnix. ' +
      'Some features in Quarnix were slow. Compared to Quarnix, it is tiny.';
    expect(new Set(kindsOf(text, 'Quarnix'))).toEqual(new Set(['thing']));
  });
});

it("a brand's word and another with no other evidence is a product line, never a place", () => {
  const text = 'The firm moved its work to ZentOS Stream. ZentOS Stream gets updates first.';
  expect(new Set(kindsOf(text, 'ZentOS Stream'))).toEqual(new Set(['thing']));
});

describe('"a noun called X": the noun says what X is', () => {
  kindRows([
    ['She grew up in a village named Kessamar in the hills.', 'Kessamar', ['place']],
    ['A man named Tarvo Linn came to the door.', 'Tarvo Linn', ['person']],
    ['They formed a group called "Velda Rinn" in 2004.', 'Velda Rinn', ['organization']],
    ['He wrote a song called Tarra Bell for her.', 'Tarra Bell', ['thing']],
  ]);

  it('a building\'s noun says nothing of the business in it ("a restaurant called X")', () => {
    expect(kindsOf('We ate at a restaurant called Bik Velo near the port.', 'Bik Velo')).not.toContain('thing');
  });
});

describe("an interview's speaker labels are people, whatever their words", () => {
  it('"((Name))" before a turn, and "Name:" opening lines again and again', () => {
    const text =
      'Two workers, Orrin Pasha and Jaya, spoke to us.\n\n((WN)) Where are you from?\n\n((Orrin Pasha)) I am from Mysore.\n\n' +
      '((WN)) And your work?\n\n((Orrin Pasha)) Regarding the union?';
    expect(new Set(kindsOf(text, 'Orrin Pasha'))).toEqual(new Set(['person']));
    const lines = 'Reporter: What happened?\nGreen Valley: We closed.\nReporter: Why?\nGreen Valley: The rain.';
    expect(new Set(kindsOf(lines, 'Green Valley'))).toEqual(new Set(['person']));
  });

  it('an acronym label is the person the article names with those initials', () => {
    const text = 'Researcher Natasha Gownaris studied penguins.\n\nWhat did you find?\n\nNG: It began in 1982.\n\nWhy?\n\nNG: The birds.';
    const a = actorOf(text, 'NG');
    expect(a).toMatchObject({ kind: 'person', name: 'Natasha Gownaris' });
  });

  it('an acronym label is left to the other rules; a name before a colon once is no label', () => {
    expect(kindsOf('((WN)) Where are you from?\n\n((Orrin Pasha)) From Mysore.', 'WN')).not.toContain('person');
    expect(kindsOf('Islands:\nGreen Valley: the biggest of them.', 'Green Valley')).not.toContain('person');
  });
});

describe('a capitalized plural of a kind of person (WordNet) is a group', () => {
  kindRows([
    ['In 2016 many Britons voted to leave, and Parisians did not.', 'Britons', ['group']],
    ['The researchers say the Neanderthals made bone tools.', 'Neanderthals', ['group']],
  ]);

  it('no plural of a common noun, no cited author, no one named individual ("Woolworths")', () => {
    expect(kindsOf('Teachers said the school was closed.', 'Teachers')).not.toContain('group');
    expect(kindsOf('Ranking is a form of status (Gibbons, 2001).', 'Gibbons')).not.toContain('group');
    expect(kindsOf('The chains Woolworths and Coles limited sales.', 'Woolworths')).not.toContain('group');
  });
});

it('an olympiad or a tournament is a named event, a thing; "the Olympiad" of each article is its own', () => {
  expect(kindsOf('The second International Student Olympiad ended. The Olympiad drew 60 teams.', 'International Student Olympiad')).toEqual(
    ['thing'],
  );
});

describe('named days, catalogue numbers and sites', () => {
  kindRows([
    ['Voters went to the polls on what is called Super Tuesday in March.', 'Super Tuesday', ['thing']],
    ['The black hole lies in the HR 6819 system, astronomers said.', 'HR 6819', ['thing']],
    ['Fans planned to visit Area 52, a classified facility in the desert.', 'Area 52', ['place']],
  ]);
  // "a site" is a web site as often as a place: no place by it.
  it('"X is a site" says nothing of a place', () => {
    expect(kindsOf('Velmohow is a site where anyone can write a guide.', 'Velmohow')).not.toContain('place');
  });
});

it('a lone word WordNet knows first as one place is that place ("the Atlantic", "Telescopium")', () => {
  expect(kindsOf('The storm crossed the Atlantic in two days.', 'Atlantic')).toEqual(['place']);
  expect(kindsOf('The system lies in the constellation Telescopium, astronomers said.', 'Telescopium')).toEqual(['place']);
});
