// Interview transcripts label each turn with its speaker: "((Akram Pasha)) I am from Mysore.", or "Akram Pasha:"
// at the start of a line, again and again. Whoever speaks a turn is a person, however the name's words read
// ("Pasha" is an ordinary word). An acronym label is the initials of a person the article names ("NG:" for Natasha
// Gownaris), or else the interviewer's outlet ("((WN))"), left to the other rules.
import { isFirstName } from './gazetteer';
import type { Candidate } from './names';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The name fills a transcript's speaker label: "((Name))", or "Name:" opening two lines or more. */
export function speakerLabel(text: string, c: Candidate): boolean {
  if (/^[\p{Lu}.&]+$/u.test(text.slice(c.start, c.end))) return false;
  return labels(text, c);
}

function labels(text: string, c: Candidate): boolean {
  if (text.slice(c.start - 2, c.start) === '((' && text.slice(c.end, c.end + 2) === '))') return true;
  const lineStart = c.start === 0 || text[c.start - 1] === '\n';
  if (!lineStart || text[c.end] !== ':') return false;
  const label = new RegExp(`^${escape(text.slice(c.start, c.end))}:`, 'gm');
  return (text.match(label)?.length ?? 0) >= 2;
}

/** A person's run of capitalized words: "Natasha Gownaris", "William S. Saturn". */
const PERSON_RUN = /\p{Lu}\p{Ll}+(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?))+/gu;

/** "NG:" labelling the turns of an interview with Natasha Gownaris: the person whose initials the label is. */
export function labelledPerson(text: string, c: Candidate): string | undefined {
  const label = text.slice(c.start, c.end);
  if (!/^\p{Lu}{2,4}$/u.test(label) || !labels(text, c)) return undefined;
  for (const m of text.matchAll(PERSON_RUN)) {
    // "Researcher Natasha Gownaris": the label's initials may start at any word of the run.
    const words = m[0].split(/\s+/);
    for (let i = 0; i + label.length <= words.length; i++) {
      const name = words.slice(i, i + label.length);
      if (name.map((w) => w[0]).join('') === label && isFirstName(name[0].toLowerCase())) return name.join(' ');
    }
  }
  return undefined;
}
