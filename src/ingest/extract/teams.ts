// Countries as national teams: in a match report, "Sweden defeated South Korea 1 – 0" names two teams (organizations),
// not two countries. Decided per article and per name, like the other in-context kinds (actors.ts).
import {
  OPPONENT_BEFORE,
  SCORE_AFTER,
  SCORE_BEFORE,
  SPORT_ARTICLE_MIN,
  SPORT_WORDS,
  TEAM_AFTER,
  TEAM_BEFORE,
  TEAM_VERB_AFTER,
} from '../lexicon/sports';
import { slug, type Typed } from './kinds';
import type { Candidate } from './candidate';

/** Different sport words in the text, up to `SPORT_ARTICLE_MIN` (enough to decide). */
function sportWords(text: string): number {
  const seen = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z][a-z-]+/g)) {
    const w = m[0].toLowerCase();
    if (SPORT_WORDS.has(w)) seen.add(w);
    if (seen.size >= SPORT_ARTICLE_MIN) break;
  }
  return seen.size;
}

/** The match cues around this occurrence of a name: `sure` ones (a score, a match verb, a team's people) and all. */
function cuesHere(text: string, c: Candidate): { sure: number; all: number } {
  const after = text.slice(c.end, c.end + 48);
  const before = text.slice(Math.max(0, c.start - 48), c.start);
  const sure = [
    TEAM_AFTER.test(after),
    TEAM_VERB_AFTER.test(after),
    SCORE_AFTER.test(after),
    TEAM_BEFORE.test(before),
    SCORE_BEFORE.test(before),
  ];
  const n = sure.filter(Boolean).length;
  return { sure: n, all: n + (OPPONENT_BEFORE.test(before) ? 1 : 0) };
}

/**
 * In a match report, a country that plays somewhere in it (a score, a match verb, its coach) is its national team
 * everywhere in the article: "Sweden had higher ball possession" too. Elsewhere a country stays a country.
 */
export function teamsInContext(text: string, typed: Map<Candidate, Typed>): void {
  const named = [...typed].filter(([, t]) => (t.kind === 'country' || t.kind === 'place') && !t.attribute);
  if (!named.length || sportWords(text) < SPORT_ARTICLE_MIN) return;
  // A team plays surely once and once more at least; "playing against Israel" twice in a chess interview is no team.
  const evidence = new Map<string, { sure: number; all: number }>();
  for (const [c, t] of named) {
    const here = cuesHere(text, c);
    const e = evidence.get(t.name) ?? { sure: 0, all: 0 };
    evidence.set(t.name, { sure: e.sure + here.sure, all: e.all + here.all });
  }
  const teams = new Set([...evidence].filter(([, e]) => e.sure > 0 && e.all >= 2).map(([name]) => name));
  for (const [c, t] of named) {
    // A place that plays is a club or a team the lists do not know ("Korea Republic"): an organization of that name.
    if (!teams.has(t.name)) continue;
    typed.set(
      c,
      t.kind === 'country'
        ? { kind: 'organization', name: `${t.name} national team`, partOf: `country:${slug(t.name)}` }
        : { ...t, kind: 'organization' },
    );
  }
}
