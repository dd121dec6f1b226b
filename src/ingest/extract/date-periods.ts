// Periods and relative dates that chrono-node reads as a single day or not at
// all: quarters, halves, seasons, weeks and weekends as ranges; "last
// month", "the start of this year"; "a year earlier" and "the year-ago
// quarter" composed with the period the article last placed; anaphora ("that
// day", "the following Tuesday", date-anaphora.ts) against the last date the article placed.
import type { EventDate } from '../../corpus/schema';
import { addDays, dayOf, isoYear, monthOf, monthRange, mondayOf, nearestYearOf, partsOf, utcDay } from './date-math';
import { tenseAt, type Tense } from './tense';

/** What the rules of one article know: its date, and the last date it placed. */
export interface DateContext {
  ref: Date;
  anchor?: EventDate;
  /** The last quarter or half the article placed ("a year earlier" in a results story is that period a year back). */
  period?: EventDate;
  /** Every date placed so far with its sentence, for "two weeks after the election". */
  placed?: { date: EventDate; sentence: string }[];
}

export interface PeriodHit {
  start: number;
  end: number;
  date: EventDate;
}

export interface Rule {
  re: RegExp;
  resolve: (m: RegExpMatchArray, ctx: DateContext, tense: () => Tense, sentence: string) => EventDate | null;
}

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
const SEASON_START: Record<string, number> = { spring: 2, summer: 5, fall: 8, autumn: 8, winter: 11 };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** Quarters and halves without a year are a game's in sports news: these words make them a business period. */
const BUSINESS_WORDS = [
  ...['profits?', 'revenues?', 'sales', 'earnings', 'loss(?:es)?', 'income', 'growth', 'economy', 'economic', 'fiscal', 'percent', '%'],
  ...['billion', 'million', 'GDP', 'output', 'results?', 'shares?', 'dividends?', 'quarterly', 'rates?', 'prices?', 'deficit'],
  ...['surplus', 'inflation', 'exports?', 'imports?'],
];
export const BUSINESS = new RegExp(String.raw`\b(?:${BUSINESS_WORDS.join('|')})\b`, 'i');

/** ... and these make them a game's. */
const SPORTS_WORDS = [
  ...['scor(?:e|ed|es|ing)', 'touchdowns?', 'goals?', 'games?', 'match', 'innings?', 'quarterback', 'rebounds?', 'halftime'],
  ...['half-time', 'overtime', 'penalty', 'kick(?:ed)?', 'fans', 'trail(?:ed|ing)', String.raw`minutes?\s+(?:left|remaining)`],
];
export const SPORTS = new RegExp(String.raw`\b(?:${SPORTS_WORDS.join('|')})\b`, 'i');
/** A quarter or half without a year is a period when the words say business, or nothing says sport. */
const periodWords = (sentence: string, ctx: DateContext) =>
  BUSINESS.test(sentence) || (!SPORTS.test(sentence) && Boolean(ctx.period || /\bquarter\b/i.test(sentence)));

export const yearOf = (ctx: DateContext) => ctx.ref.getUTCFullYear();
const RELATIVE_YEAR: Record<string, number> = { the: 0, this: 0, last: -1, next: 1, past: -1, previous: -1, coming: 1, current: 0 };

/** An explicit year ("of 1989"), a relative one ("of last year"), or null. */
function givenYear(ctx: DateContext, year?: string, rel?: string): number | null {
  if (year) return Number(year);
  if (rel) return yearOf(ctx) + (RELATIVE_YEAR[rel.toLowerCase()] ?? 0);
  return null;
}

/** A period of `months` months starting at month `m`: the given year, else the nearest by tense. */
function period(ctx: DateContext, m: number, months: number, year: number | null, tense: () => Tense): EventDate {
  const y = year ?? nearestYearOf(ctx.ref, (yy) => [utcDay(yy, m, 1), utcDay(yy, m + months, 0)], tense());
  return monthRange(y, m, months);
}

/**
 * "the quarter ended Sept. 30", "its fourth quarter ended Aug. 26": the three months up to that month, the last such
 * before the article.
 */
function endedIn(m: RegExpMatchArray, sentence: string, ctx: DateContext): EventDate | null {
  const after = /^\s+(?:ended|ending|that\s+ended)\s+([A-Z][a-z]{2,8})\.?\s+\d{1,2}\b(?:,?\s+(\d{4}))?/.exec(
    sentence.slice((m.index ?? 0) + m[0].length),
  );
  const month = after ? MONTHS.findIndex((name) => name.startsWith(after[1].replace(/^Sept$/, 'Sep'))) : -1;
  if (!after || month < 0) return null;
  const y = after[2] ? Number(after[2]) : month <= ctx.ref.getUTCMonth() ? yearOf(ctx) : yearOf(ctx) - 1;
  return monthRange(y, month - 2, 3);
}

/** The quarter (as a range) that `d` falls in, moved by `by` quarters. */
function quarterOf(d: Date, by: number): EventDate {
  const q = Math.floor(d.getUTCMonth() / 3) + by;
  return monthRange(d.getUTCFullYear(), q * 3, 3);
}

export const isQuarter = (d?: EventDate) => Boolean(d?.end && d.start.length === 7 && d.end.length === 7);

export const weekRange = (monday: Date): EventDate => ({ start: dayOf(monday), end: dayOf(addDays(monday, 6)) });

/** The weekend before the reference day (or the one it falls in); the next one when `ahead`. */
function weekend(ref: Date, ahead: boolean): EventDate {
  const monday = mondayOf(ref);
  const inWeekend = ref.getUTCDay() === 0 || ref.getUTCDay() === 6;
  const saturday = inWeekend ? addDays(monday, 5) : addDays(monday, ahead ? 5 : -2);
  return { start: dayOf(saturday), end: dayOf(addDays(saturday, 1)) };
}

export const NEXT = /^(?:next|following|coming)$/i;
const Y = '(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?:(\\d{4})|(this|last|next)\\s+year))?';

/** "spring semester", "summer olympics", "winter wheat": a season word naming something else. */
const NOT_SEASON_AFTER = [
  ...['semester', 'term', 'session', 'olympics', 'games', 'collection', 'season', 'wheat', 'crop', 'school', 'camp', 'break'],
  ...['meeting', 'storm'],
];

export const RULES: Rule[] = [
  // "the third quarter", "third-quarter", "Q3", "the fourth quarter of 1989", "1989 first quarter".
  {
    re: new RegExp(
      String.raw`\b(?:(\d{4})(?:['’]s)?\s+)?(?:the\s+)?` +
        String.raw`(?:(first|second|third|fourth|1st|2nd|3rd|4th|final)(-|\s+)(?:fiscal\s+)?quarter|Q([1-4]))\b${Y}`,
      'gi',
    ),
    resolve: (m, ctx, tense, sentence) => {
      const q = m[4] ? Number(m[4]) : ORDINAL[m[2].toLowerCase()];
      const year = givenYear(ctx, m[1] ?? m[5], m[6]);
      if (year === null && m[3] !== '-' && !m[4] && !periodWords(sentence, ctx)) return null;
      return endedIn(m, sentence, ctx) ?? period(ctx, (q - 1) * 3, 3, year, tense);
    },
  },
  // "the quarter", "the latest quarter", "last quarter", "next quarter": the article's quarter, or the one of its date.
  {
    re: new RegExp(
      String.raw`\b(?:(?:the\s+)?(latest|last|past|previous|prior|current|this|most\s+recent|recent|next|coming|just[-\s]ended|that|same)` +
        String.raw`\s+quarter|the\s+quarter)\b(?!\s+(?:of\s+(?:a|an|the|its|all|those|\d)|century|point|mile))`,
      'gi',
    ),
    resolve: (m, ctx, _t, sentence) => {
      const w = (m[1] ?? '').toLowerCase();
      if (!periodWords(sentence, ctx)) return null;
      const ended = endedIn(m, sentence, ctx);
      if (ended) return ended;
      if (w === 'that' || w === 'same') return ctx.period ?? null;
      if (w === 'current' || w === 'this') return quarterOf(ctx.ref, 0);
      if (w === 'next' || w === 'coming') return quarterOf(ctx.ref, 1);
      return ctx.period && (w === '' || w === 'latest') ? ctx.period : quarterOf(ctx.ref, -1);
    },
  },
  // "the first half", "the second half of 1989", "the first half of next year".
  {
    re: /\b(first|second|last|latter|back)\s+half(?:\s+of\s+(?:fiscal\s+)?(?:(\d{4})|(this|last|next|the)\s+year))?\b/gi,
    resolve: (m, ctx, tense, sentence) => {
      const year = givenYear(ctx, m[2], m[3]);
      if (year === null && !BUSINESS.test(sentence)) return null;
      return period(ctx, m[1].toLowerCase() === 'first' ? 0 : 6, 6, year, tense);
    },
  },
  // "last May", "next January", "this September", "this past March": a month on the named side of the article's month.
  {
    re: new RegExp(String.raw`\b(last|next|this\s+past|this\s+coming|this|past|coming)\s+(${MONTHS.join('|')})\b(?!\s+\d)`, 'g'),
    resolve: (m, ctx) => {
      const want = MONTHS.indexOf(m[2]);
      const rel = m[1].toLowerCase().replace(/\s+/g, ' ');
      const now = ctx.ref.getUTCMonth();
      const y = yearOf(ctx);
      if (rel === 'this') return { start: monthOf(y, want) };
      if (rel === 'last' || rel === 'past' || rel === 'this past') return { start: monthOf(want < now ? y : y - 1, want) };
      return { start: monthOf(want > now ? y : y + 1, want) };
    },
  },
  // Seasons: "last fall", "this summer", "the winter of 1994", "in the spring"; not "prices fall", "the Arab Spring".
  {
    re: new RegExp(
      String.raw`\b(?:(last|this\s+past|this\s+coming|this|next|coming|past)\s+` +
        String.raw`|(in|during|by|until|since|over|through|throughout|early|late|mid-?)\s+(?:the\s+)?|the\s+)?` +
        String.raw`(?:(?:early|late|mid-?)\s*)?(spring|summer|fall|autumn|winter)\b` +
        String.raw`(?:\s+(?:of\s+)?(\d{4})\b|\s+of\s+(this|last|next)\s+year\b)?(?!\s+of\s+(?!\d{4}|this|last|next))` +
        String.raw`(?![-\s]+(?:${NOT_SEASON_AFTER.join('|')}))`,
      'gi',
    ),
    resolve: (m, ctx, tense, sentence) => season(m, ctx, tense, sentence),
  },
  // "the start of this year", "the end of last month", "by year-end".
  {
    re: new RegExp(
      String.raw`\b(?:the\s+)?(start|beginning|middle|end|close)\s+of\s+(?:the\s+)?(this|last|next|the)\s+(year|month)\b`,
      'gi',
    ),
    resolve: (m, ctx) => {
      const y = yearOf(ctx) + (RELATIVE_YEAR[m[2].toLowerCase()] ?? 0);
      const part = m[1].toLowerCase();
      if (m[3].toLowerCase() === 'month') {
        return { start: monthOf(yearOf(ctx), ctx.ref.getUTCMonth() + (RELATIVE_YEAR[m[2].toLowerCase()] ?? 0)) };
      }
      const month = part === 'middle' ? 5 : part === 'end' || part === 'close' ? 11 : 0;
      return { start: monthOf(y, month), approximate: true };
    },
  },
  // "last week" (Monday to Sunday), "this weekend", "next month", "last year", "earlier this month".
  {
    re: /\b(?:(?:earlier|later|early|late)\s+)?(the\s+)?(last|this|next|coming|past)\s+(week|weekend|month|year)\b/gi,
    // "the past year", "over the next month", "for the last week" are durations.
    resolve: (m, ctx, tense) => (m[1] ? null : relative(ctx, m[2].toLowerCase(), m[3].toLowerCase(), tense)),
  },
  // "the weekend", "over the weekend".
  {
    re: /\b(?:the|this)\s+weekend\b/gi,
    resolve: (_m, ctx, tense) => weekend(ctx.ref, tense() === 'future' || tense() === 'present'),
  },
];

/** A quarter or a half of a year: what results stories compare "a year earlier" with. */
export const isBusinessPeriod = (d: EventDate): boolean => {
  if (!d.end || d.start.length !== 7 || d.end.length !== 7) return false;
  const [y, m] = partsOf(d.start);
  const [y2, m2] = partsOf(d.end);
  const months = (y2 - y) * 12 + m2 - m + 1;
  return m % 3 === 0 && (months === 3 || (months === 6 && m % 6 === 0));
};

/** A season as a three-month range: "last fall" the latest one over, "next spring" the first to come, else the nearest by tense. */
function season(m: RegExpMatchArray, ctx: DateContext, tense: () => Tense, sentence: string): EventDate | null {
  const rel = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const word = m[3];
  const lead = rel || m[2] || /^the\s/i.test(m[0]);
  if (!lead && !m[4]) return null;
  // "the fall in prices" is no season: fall needs a time word ("last fall", "in the fall", "fall 2019").
  if (word.toLowerCase() === 'fall' && !rel && !m[4] && !m[5] && !m[2]) return null;
  // "the Arab Spring", "Prague Spring": a name.
  const wordAt = (m.index ?? 0) + m[0].search(/spring|summer|fall|autumn|winter/i);
  if (/^\p{Lu}/u.test(word) && /\p{Lu}\p{Ll}+\s+$/u.test(sentence.slice(0, wordAt))) return null;
  const start = SEASON_START[word.toLowerCase()];
  const year = givenYear(ctx, m[4], m[5]);
  if (year !== null) return monthRange(year, start, 3);
  const span = (y: number): [Date, Date] => [utcDay(y, start, 1), utcDay(y, start + 3, 0)];
  const past = rel === 'last' || rel === 'this past' || rel === 'past';
  if (past || rel === 'next' || rel === 'this coming' || rel === 'coming') {
    const y0 = yearOf(ctx);
    for (const y of past ? [y0, y0 - 1, y0 - 2] : [y0 - 1, y0, y0 + 1]) {
      const [a, b] = span(y);
      if (past ? b < ctx.ref : a > ctx.ref) return monthRange(y, start, 3);
    }
  }
  return monthRange(nearestYearOf(ctx.ref, span, rel === 'this' ? 'unknown' : tense()), start, 3);
}

function relative(ctx: DateContext, which: string, unit: string, tense: () => Tense): EventDate | null {
  const by = which === 'last' || which === 'past' ? -1 : which === 'this' ? 0 : 1;
  if (unit === 'week') return weekRange(addDays(mondayOf(ctx.ref), 7 * by));
  if (unit === 'weekend') {
    if (by === 0) return weekend(ctx.ref, tense() !== 'past');
    return by < 0 ? weekend(addDays(mondayOf(ctx.ref), -1), false) : weekend(addDays(mondayOf(ctx.ref), 7), true);
  }
  if (unit === 'month') return { start: monthOf(yearOf(ctx), ctx.ref.getUTCMonth() + by) };
  const year = isoYear(yearOf(ctx) + by);
  return year ? { start: year } : null;
}

/** Words without which no rule can match: most sentences skip the rules. */
export const PERIOD_WORD = new RegExp(['quarter|half|spring|summer|fall|autumn|winter|week|month|year|Q[1-4]', ...MONTHS].join('|'), 'i');

/** Each match of the rules that overlaps no match taken before it; `take` says whether it is taken. */
export function eachMatch(
  rules: Rule[],
  sentence: string,
  take: (rule: Rule, m: RegExpMatchArray, at: number, end: number) => boolean,
): void {
  const spans: [number, number][] = [];
  for (const rule of rules) {
    for (const m of sentence.matchAll(rule.re)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (!spans.some(([s, e]) => at < e && end > s) && take(rule, m, at, end)) spans.push([at, end]);
    }
  }
}

/** The periods and relative dates of one sentence ("the third quarter", "last week"), with offsets into it. */
export function findPeriods(sentence: string, ctx: DateContext, rules: Rule[] = RULES): PeriodHit[] {
  const hits: PeriodHit[] = [];
  if (!PERIOD_WORD.test(sentence)) return hits;
  eachMatch(rules, sentence, (rule, m, at, end) => {
    const date = rule.resolve(m, ctx, () => tenseAt(sentence, at, end), sentence);
    if (date) hits.push({ start: at, end, date });
    return Boolean(date);
  });
  return hits;
}
