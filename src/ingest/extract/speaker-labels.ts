// Interview transcripts label each turn with its speaker: "((Akram Pasha)) I am from Mysore.", or "Akram Pasha:"
// at the start of a line, again and again. Whoever speaks a turn is a person, however the name's words read
// ("Pasha" is an ordinary word). An acronym label ("NG:", "((WN))") is left to the acronym rules of actors.ts:
// the initials of a person the article names, or the interviewer's outlet.
import { escapeRegExp } from '../lexicon/regexp';
import type { Candidate } from './candidate';

/** The name fills a transcript's speaker label: "((Name))", or "Name:" opening two lines or more. */
export function speakerLabel(text: string, c: Candidate): boolean {
  if (/^[\p{Lu}.&]+$/u.test(text.slice(c.start, c.end))) return false;
  if (text.slice(c.start - 2, c.start) === '((' && text.slice(c.end, c.end + 2) === '))') return true;
  const lineStart = c.start === 0 || text[c.start - 1] === '\n';
  if (!lineStart || text[c.end] !== ':') return false;
  const label = new RegExp(`^${escapeRegExp(text.slice(c.start, c.end))}:`, 'gm');
  return (text.match(label)?.length ?? 0) >= 2;
}
