// Mentioned events: one per date a sentence gives, spanning the clause that
// holds the date (the whole sentence when it has one date), with its actors.
import type { CorpusEvent } from '../../corpus/schema';
import type { Found } from './actors';
import type { DateHit } from './dates';
import { mentionTitle } from '../rank/title';
import { clip, type Piece } from './text';

const CLAUSE_BREAK = /[;,]\s|\s(?:and|but|while|whereas|when|after|before|which|who)\s|\s[—–]\s/g;

/** `inSentence`: the mentions of sentence `s`. */
export function buildEvents(
  articleId: string,
  text: string,
  s: Piece,
  dates: DateHit[],
  inSentence: Found[],
  first: number,
): CorpusEvent[] {
  const events: CorpusEvent[] = [];
  const clauses = dates.length > 1 ? clauseSpans(text, s, dates) : [s];
  dates.forEach((d, i) => {
    const c = clauses[i];
    const own = inSentence.filter((f) => f.mention.span[0] >= c.start && f.mention.span[1] <= c.end);
    // A clause without a name of its own ("..., which opened in 2003") keeps the sentence's subject.
    const actors = own.length ? own : inSentence.slice(0, 1);
    events.push({
      id: `${articleId}.m${first + events.length}`,
      articleId,
      kind: 'mentioned',
      date: d.date,
      title: mentionTitle(text, d.phrase ?? d, s),
      span: [c.start, c.end],
      actorIds: [...new Set(actors.map((f) => f.actor.id))],
    });
  });
  return events;
}

/** Cuts a sentence between each pair of dates at the break nearest their midpoint. */
function clauseSpans(text: string, s: Piece, dates: DateHit[]): Piece[] {
  const breaks: number[] = [];
  const sentence = text.slice(s.start, s.end);
  for (const m of sentence.matchAll(CLAUSE_BREAK)) breaks.push(s.start + m.index);
  const out: Piece[] = [];
  let start = s.start;
  for (let i = 0; i < dates.length; i++) {
    let end = s.end;
    if (i + 1 < dates.length) {
      const a = dates[i].end;
      const b = dates[i + 1].start;
      const between = breaks.filter((x) => x >= a && x < b);
      const mid = (a + b) / 2;
      end = between.length ? between.reduce((p, x) => (Math.abs(x - mid) < Math.abs(p - mid) ? x : p)) : b;
      if (end <= start) end = dates[i].end;
    }
    out.push({ start, end });
    start = end;
    while (start < s.end && /[\s;,—–]/.test(text[start])) start++;
  }
  return out;
}

/** A short readable title: the clause without leading quote marks, clipped. */
export function eventTitle(clause: string): string {
  return clip(clause.replace(/^[\s"“”'‘’,;—–-]+/, '').replace(/^(and|but|while|which|who)\s+/i, ''), 100);
}
