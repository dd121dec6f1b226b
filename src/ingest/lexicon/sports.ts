// Evidence that an article reports a match, and that a country named in it is its national team
// ("Sweden defeated South Korea 1 – 0", "Tunisia's goalkeeper", "debutants Panama").

/** Words of match reports; an article with several different ones is about sport. */
export const SPORT_WORDS: ReadonlySet<string> = new Set([
  'match',
  'matches',
  'goal',
  'goals',
  'goalkeeper',
  'striker',
  'midfielder',
  'defender',
  'referee',
  'penalty',
  'tournament',
  'league',
  'semifinal',
  'semi-final',
  'quarterfinal',
  'quarter-final',
  'halftime',
  'half-time',
  'kick-off',
  'stadium',
  'innings',
  'wicket',
  'wickets',
  'touchdown',
  'playoff',
  'playoffs',
  'squad',
  'fixture',
  'scored',
  'scoring',
  'equaliser',
  'equalizer',
  'equalising',
  'equalizing',
  'header',
  'coach',
  'medal',
  'olympics',
  'cup',
]);

/** How many different sport words make an article a match report. */
export const SPORT_ARTICLE_MIN = 4;

const alt = (words: string[]) => words.join('|');
const TEAM_PEOPLE = alt(['coach', 'manager', 'captain', 'goalkeeper', 'keeper', 'striker', 'forward', 'midfielder', 'defender']);
const TEAM_PARTS = alt(['squad', 'team', 'side', 'players?', 'fans', 'supporters', 'head coach']);
/** A team's people and parts after its name ("Tunisia's coach", "Panama coach", "Korea's Kim Shin-Wook"). */
const PLAYER = String.raw`['’]s\s+\p{Lu}\p{Ll}+\s+\p{Lu}`;
export const TEAM_AFTER = new RegExp(String.raw`^(?:${PLAYER}|(?:['’]s)?\s+(?:${TEAM_PEOPLE}|${TEAM_PARTS})\b)`, 'u');

const MATCH_VERBS = alt([
  'defeated|defeats|beat|beats|faced|faces|drew|draws|lost|loses|won|wins',
  'thrashed|edged|routed|trailed|equalised|equalized|conceded|eliminated|knocked out|substituted',
  'opened the scoring|started the (?:match|game)|made a change|had (?:higher|greater|better) (?:ball )?possession',
]);
/** A match's verbs after a team ("Sweden defeated", "Belgium faced", "Tunisia lost 1 – 2"). */
export const TEAM_VERB_AFTER = new RegExp(String.raw`^\s+(?:${MATCH_VERBS})\b`);

const ROLES = alt(['debutants?', 'hosts?', 'holders?', 'champions', 'defending champions', 'visitors', 'home side']);
const BEATEN = alt(['defeated|beat|faced|thrashed|edged|routed|eliminated', String.raw`(?:equalise|equalize|lead|goal|win|victory)\s+for`]);
/** A match's words before a team ("defeated South Korea", "lost 1 – 2 to England", "equalise for Korea"). */
export const TEAM_BEFORE = new RegExp(
  String.raw`\b(?:${BEATEN}|\d+\s*[–—-]\s*\d+\s+(?:to|against|over))\s+(?:(?:the\s+)?(?:${ROLES})\s+)?$`,
);

/** "against Panama": a match's word, but also a protest's or a sanction's ("against Israel"): not enough alone. */
export const OPPONENT_BEFORE = /\b(?:against|versus|vs\.?)\s+(?:(?:the\s+)?(?:debutants?|hosts?|holders?|champions)\s+)?$/;

/** A score next to a team ("Sweden 1 – 0 Korea Republic"). */
export const SCORE_AFTER = /^\s*\d{1,2}\s*[–—-]\s*\d{1,2}\b/;
export const SCORE_BEFORE = /\b\d{1,2}\s*[–—-]\s*\d{1,2}\s*$/;
