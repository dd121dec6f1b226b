// Dates read against another date: "that day", "the next day", "the
// following Tuesday" against the last date the article placed (never the
// publication date); "a year earlier", "the year-ago quarter" against the last
// quarter or half it named. Their spans are found first and resolved once the
// sentence's other dates are known.
import type { EventDate } from '../../corpus/schema';
import { addDays, dayOf, isoYear, monthOf, mondayOf, partsOf, shiftDate, shiftYears, utcDay } from './date-math';
import { eachMatch, isQuarter, NEXT, weekRange, WEEKDAYS, yearOf, type DateContext, type Rule } from './date-periods';
import { NUMBER_WORD_PATTERN, NUMBER_WORDS } from '../lexicon/numbers';
import { tenseAt } from './tense';

/** The anchor at a unit's granularity, moved by `by` units. */
function fromAnchor(anchor: EventDate | undefined, unit: string, by: number): EventDate | null {
  if (!anchor) return null;
  const [y, m, d] = partsOf(anchor.start);
  const precision = anchor.start.replace(/^-/, '').split('-').length;
  const u = unit.toLowerCase();
  if (u === 'year') {
    const year = isoYear(y + by);
    return year ? { start: year } : null;
  }
  if (u === 'month') return precision >= 2 ? { start: monthOf(y, m + by) } : null;
  if (precision < 3 || anchor.end) return null;
  const day = utcDay(y, m, d);
  if (u === 'week') return weekRange(addDays(mondayOf(day), 7 * by));
  return { start: dayOf(addDays(day, by)) };
}

const isMonths = (d: EventDate) => isQuarter(d) || (!d.end && d.start.replace(/^-/, '').split('-').length === 2);

/** `n` units after (`sign` 1) or before the last date placed in a sentence that names `event`, at a precision that holds. */
function afterEvent(ctx: DateContext, n: number, unit: string, sign: number, event: string): EventDate | null {
  const named = new RegExp(`\\b${event}\\b`, 'i');
  const at = [...(ctx.placed ?? [])].reverse().find((p) => !p.date.end && named.test(p.sentence))?.date;
  if (!at || !Number.isFinite(n)) return null;
  const [y, m, d] = partsOf(at.start);
  const precision = at.start.replace(/^-/, '').split('-').length;
  if (unit === 'year') {
    const start = shiftYears(at.start, sign * n);
    return start ? { start } : null;
  }
  if (unit === 'month') return precision >= 2 ? { start: monthOf(y, m + sign * n) } : null;
  if (precision < 3) return null;
  return { start: dayOf(addDays(utcDay(y, m, d), sign * n * (unit === 'week' ? 7 : 1))) };
}

/** Dates read against another date: the last one placed before them (or a business period for "a year earlier"). */
export const ANAPHORA: Rule[] = [
  // "two weeks after the election": the date the article gave in a sentence naming the election, moved.
  {
    re: new RegExp(
      String.raw`\b(\d{1,2}|${NUMBER_WORD_PATTERN})\s+(day|week|month|year)s?\s+(after|before)` +
        String.raw`\s+(?:the|his|her|its|their)\s+(?:\w+\s+)?([a-z]{4,})\b`,
      'gi',
    ),
    resolve: (m, ctx) =>
      afterEvent(ctx, NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]), m[2].toLowerCase(), m[3].toLowerCase() === 'after' ? 1 : -1, m[4]),
  },
  // "a year earlier": the date just placed, a year back; "a year ago" from the article's date unless a period was just placed.
  {
    re: /\b(?:a|one)\s+year\s+(earlier|before|ago|previously)\b/gi,
    resolve: (m, ctx) => {
      if (ctx.period) return shiftDate(ctx.period, -1);
      if (ctx.anchor && !/ago/i.test(m[1])) return shiftDate(ctx.anchor, -1);
      return { start: dayOf(utcDay(yearOf(ctx) - 1, ctx.ref.getUTCMonth(), ctx.ref.getUTCDate())), approximate: true };
    },
  },
  // "the same period last year", "the year-ago quarter", "the year-earlier period": the last period a year back.
  {
    re: new RegExp(
      String.raw`\b(?:the\s+)?(?:same\s+(?:period|quarter|month|week|time)\s+` +
        String.raw`(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year)` +
        String.raw`|(?:comparable\s+)?(?:year[-\s](?:ago|earlier)|prior[-\s]year)` +
        String.raw`(?:\s+(?:(?:first|second|third|fourth)[-\s])?(?:quarter|period|half|month|week))?)`,
      'gi',
    ),
    resolve: (_m, ctx) => shiftDate(ctx.period ?? (ctx.anchor && isMonths(ctx.anchor) ? ctx.anchor : { start: String(yearOf(ctx)) }), -1),
  },
  // Anaphora: "that day", "the same week", "earlier that day", "the next day", "the following month".
  {
    re: new RegExp(
      String.raw`\b(?:(?:earlier|later|early|late)\s+)?(?:(that|the\s+same)|the\s+(next|following|previous|preceding|prior))` +
        String.raw`\s+(day|morning|afternoon|evening|night|week|month|year)\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const by = m[1] ? 0 : NEXT.test(m[2]) ? 1 : -1;
      const unit = /^(?:morning|afternoon|evening|night)$/i.test(m[3]) ? 'day' : m[3];
      return fromAnchor(ctx.anchor, unit, by);
    },
  },
  // "the following Tuesday", "the previous Friday": the first such day after (before) the last date placed.
  {
    re: /\bthe\s+(following|next|previous|preceding)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi,
    resolve: (m, ctx) => {
      const a = ctx.anchor;
      if (!a || a.end || a.start.replace(/^-/, '').split('-').length < 3) return null;
      const [y, mo, d] = partsOf(a.start);
      const day = utcDay(y, mo, d);
      const want = WEEKDAYS.indexOf(m[2].toLowerCase());
      const ahead = NEXT.test(m[1]);
      const step = ahead ? (want - day.getUTCDay() + 7) % 7 || 7 : -((day.getUTCDay() - want + 7) % 7 || 7);
      return { start: dayOf(addDays(day, step)) };
    },
  },
];

const ANAPHOR_WORD = /\b(?:years?|days?|weeks|months|morning|afternoon|evening|night|week|month|following|previous|preceding)/i;

export interface Anaphor {
  start: number;
  end: number;
  /** The date, read against `anchor` (the last date placed before it) and `period` (the last business period). */
  resolve: (anchor: EventDate | undefined, period: EventDate | undefined) => EventDate | null;
}

/** The spans of anaphoric dates of one sentence ("that day", "a year earlier"), to be resolved once the dates before them are known. */
export function findAnaphora(sentence: string, ctx: DateContext): Anaphor[] {
  const out: Anaphor[] = [];
  if (!ANAPHOR_WORD.test(sentence)) return out;
  eachMatch(ANAPHORA, sentence, (rule, m, at, end) => {
    out.push({
      start: at,
      end,
      resolve: (anchor, period) => rule.resolve(m, { ...ctx, anchor, period }, () => tenseAt(sentence, at, end), sentence),
    });
    return true;
  });
  return out;
}
