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

/** A team's people and parts after its name ("Tunisia's coach", "Panama coach", "Korea's Kim Shin-Wook"). */
export const TEAM_AFTER =
  /^(?:['’]s\s+\p{Lu}\p{Ll}+\s+\p{Lu}|(?:['’]s)?\s+(?:coach|manager|captain|goalkeeper|keeper|striker|forward|midfielder|defender|squad|team|side|players?|fans|supporters|head coach)\b)/u;

/** A match's verbs after a team ("Sweden defeated", "Belgium faced", "Tunisia lost 1 – 2"). */
export const TEAM_VERB_AFTER =
  /^\s+(?:defeated|defeats|beat|beats|faced|faces|drew|draws|lost|loses|won|wins|thrashed|edged|routed|trailed|equalised|equalized|conceded|eliminated|knocked out|substituted|opened the scoring|started the (?:match|game)|made a change|had (?:higher|greater|better) (?:ball )?possession)\b/;

/** A match's words before a team ("defeated South Korea", "lost 1 – 2 to England", "equalise for Korea"). */
export const TEAM_BEFORE =
  /\b(?:defeated|beat|faced|thrashed|edged|routed|eliminated|(?:equalise|equalize|lead|goal|win|victory)\s+for|\d+\s*[–—-]\s*\d+\s+(?:to|against|over))\s+(?:(?:the\s+)?(?:debutants?|hosts?|holders?|champions|defending champions|visitors|home side)\s+)?$/;

/** "against Panama": a match's word, but also a protest's or a sanction's ("against Israel"): not enough alone. */
export const OPPONENT_BEFORE = /\b(?:against|versus|vs\.?)\s+(?:(?:the\s+)?(?:debutants?|hosts?|holders?|champions)\s+)?$/;

/** A score next to a team ("Sweden 1 – 0 Korea Republic"). */
export const SCORE_AFTER = /^\s*\d{1,2}\s*[–—-]\s*\d{1,2}\b/;
export const SCORE_BEFORE = /\b\d{1,2}\s*[–—-]\s*\d{1,2}\s*$/;
