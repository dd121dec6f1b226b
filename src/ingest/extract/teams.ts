// Countries as national teams: in a match report, "Sweden defeated South Korea 1 – 0" names two teams (organizations),
// not two countries. Decided per article and per name, like the other in-context kinds (actors.ts).
import { SCORE_AFTER, SCORE_BEFORE, SPORT_ARTICLE_MIN, SPORT_WORDS, TEAM_AFTER, TEAM_BEFORE, TEAM_VERB_AFTER } from '../lexicon/sports';
import { slug, type Typed } from './kinds';
import type { Candidate } from './names';

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

/** The words of a match right around this occurrence of a name. */
function playsHere(text: string, c: Candidate): boolean {
  const after = text.slice(c.end, c.end + 48);
  const before = text.slice(Math.max(0, c.start - 48), c.start);
  return (
    TEAM_AFTER.test(after) ||
    TEAM_VERB_AFTER.test(after) ||
    SCORE_AFTER.test(after) ||
    TEAM_BEFORE.test(before) ||
    SCORE_BEFORE.test(before)
  );
}

/**
 * In a match report, a country that plays somewhere in it (a score, a match verb, its coach) is its national team
 * everywhere in the article: "Sweden had higher ball possession" too. Elsewhere a country stays a country.
 */
export function teamsInContext(text: string, typed: Map<Candidate, Typed>): void {
  const named = [...typed].filter(([, t]) => (t.kind === 'country' || t.kind === 'place') && !t.attribute);
  if (!named.length || sportWords(text) < SPORT_ARTICLE_MIN) return;
  const teams = new Set<string>();
  for (const [c, t] of named) if (playsHere(text, c)) teams.add(t.name);
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
