// Titles and roles before a name: cut off the name and kept as the actor's role.
import { TITLE_ABBREVIATIONS } from './abbreviations';

export const TITLES: ReadonlySet<string> = new Set([
  ...TITLE_ABBREVIATIONS,
  'miss',
  'sir',
  'dame',
  'lord',
  'lady',
  'president',
  'vice',
  'premier',
  'minister',
  'secretary',
  'chancellor',
  'ambassador',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'senator',
  'governor',
  'mayor',
  'judge',
  'justice',
  'chairman',
  'chairwoman',
  'chair',
  'ceo',
  'cfo',
  'coo',
  'founder',
  'co-founder',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'chief',
  'commander',
  'general',
  'officer',
  'deputy',
  'former',
  'representative',
  'congressman',
  'congresswoman',
  'sheikh',
  'emperor',
  'archbishop',
  'bishop',
  'cardinal',
  'father',
  'coach',
  'captain',
  'inspector',
  'detective',
  'sergeant',
  'colonel',
  'major',
  'admiral',
  'lieutenant',
  'executive',
  'head',
  'manager',
  'presiding',
  'interior',
  'foreign',
  'defence',
  'defense',
  'prime',
  'emergencies',
  'health',
  'regional',
  'attorney',
  'speaker',
  'senior',
  'acting',
  'state',
  'councillor',
  'councilor',
  'mp',
  'professor',
]);

/** Role nouns before "of/for/at" and an employer ("spokesman for the FBI", "professor at Harvard"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officials',
  'employee',
  'employees',
  'staff',
  'member',
  'members',
  'founder',
  'co-founder',
  'owner',
  'analyst',
  'researcher',
  'professor',
  'lawyer',
  'engineer',
  'executive',
  'executives',
  'representative',
  'president',
  'head',
]);

/** Nouns for a person before a name that compromise's lexicon does not tag as one ("nominee Rocky De La Fuente"). */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  (
    'nominee candidate challenger hopeful frontrunner runner-up incumbent contestant finalist newcomer opponent ' +
    'defendant plaintiff suspect victim resident student voter protester protestor campaigner lawmaker legislator widow influencer'
  ).split(' '),
);

/**
 * Letters after a person's name (honours, fellowships, degrees): "Daniel Bernoulli FRS", "Zaha Hadid DBE RA". Not
 * part of the name; read only after a name that starts like a person's.
 */
export const POSTNOMINALS: ReadonlySet<string> = new Set(
  (
    'frs frse freng fba fmedsci fras frsc frcp frcs frsa obe mbe cbe kbe dbe gbe ra ara kc qc phd dphil ' +
    'esq ac ao kcb gcb kcmg gcmg cmg cvo lvo mvo kcvo gcvo om dso'
  ).split(' '),
);

/**
 * A monarch's or a pope's title: the name after it is a given (regnal) name, not a family name ("King Hussein" is no
 * "Saddam Hussein", "Pope Francis" no "Pat Francis").
 */
export const REGNAL_TITLES: ReadonlySet<string> = new Set(
  'king queen prince princess emperor empress pope sultan emir shah tsar czar tsarina czarina sheikh'.split(' '),
);

/** Titles that say a person is a woman or a man ("Mrs. Clinton" is no "Bill Clinton"). */
export const FEMALE_TITLES: ReadonlySet<string> = new Set(
  'mrs ms miss madam madame mme lady dame queen princess empress duchess countess baroness tsarina czarina'.split(' '),
);
export const MALE_TITLES: ReadonlySet<string> = new Set('mr sir lord king prince emperor duke count baron tsar czar'.split(' '));

/** Time words before a name that a title follows: they qualify the title ("the former Fed chairman"). */
export const TIME_WORDS: ReadonlySet<string> = new Set(['former', 'then', 'acting', 'interim', 'outgoing', 'incoming']);
