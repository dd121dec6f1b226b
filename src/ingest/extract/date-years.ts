// Whole years named without their number: "the current fiscal year", "the full
// year", "the latest fiscal year" (the one before), "by year-end" (its last
// day). dates.ts runs them after date-periods.ts's rules, which take "the end
// of the year" and "last year" first.
import { dayOf, nearestYearOf, utcDay } from './date-math';
import { BUSINESS, yearOf, type Rule } from './date-periods';

export const YEAR_RULES: Rule[] = [
  // "by year-end", "by year's end": December 31 nearest by tense; "since year-end" the last one before the article.
  {
    re: /\b(since|by|around|at|before|until|through)\s+(?:the\s+)?year(?:[-\s]|['’]s\s+)end\b/gi,
    resolve: (m, ctx, tense) => {
      const since = m[1].toLowerCase() === 'since';
      const lastDay = (y: number) => utcDay(y, 11, 31);
      return { start: dayOf(lastDay(nearestYearOf(ctx.ref, (y) => [lastDay(y), lastDay(y)], since ? 'past' : tense(), since))) };
    },
  },
  // "the current (fiscal) year", "the fiscal year", "the full year": the article's; "the latest fiscal year" the one
  // before. "The year" alone only in a results story without a year of its own ("Sales for the year rose 5%").
  {
    re: new RegExp(
      String.raw`\bthe\s+(?:(current|full|latest|last|previous|prior|past)\s+)?(fiscal\s+|calendar\s+)?year\b` +
        String.raw`(?!-|\s+(?:ended|ending|earlier|before|after|ago|\d|two|nineteen|twenty)\b)`,
      'gi',
    ),
    resolve: (m, ctx, _t, sentence) => {
      const w = (m[1] ?? '').toLowerCase();
      const back = ['latest', 'last', 'previous', 'prior', 'past'].includes(w);
      // "the past year", "the last year" are durations unless fiscal.
      if (back && !m[2]) return null;
      // "the year that changed everything", "the year's best": no year of the article.
      const bare = !w && !m[2];
      if (bare && /^(?:['’]s\b|\s+(?:when|that|in\s+which)\b)/.test(sentence.slice((m.index ?? 0) + m[0].length))) return null;
      if (bare && (!BUSINESS.test(sentence) || /\b(?:1[5-9]|20)\d\d\b/.test(sentence.slice(0, m.index)))) return null;
      return { start: String(yearOf(ctx) - (back ? 1 : 0)) };
    },
  },
];
