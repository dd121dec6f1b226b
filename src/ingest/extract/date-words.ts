// Years in words, as broadcast transcripts write them: "in nineteen ninety-six",
// "January nineteen ninety-seven", "the year two thousand". compromise reads
// each word group's value; the pattern says which groups make a year.
import nlp from 'compromise';
import type { EventDate } from '../../corpus/schema';
import { monthOf } from './date-math';
import { MONTHS } from '../lexicon/months';

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** The last two digits: "ninety-six", "oh five", "twelve", "hundred" (1900). */
const DECADE = String.raw`(?:(?:${TENS})(?:[-\s](?:${UNITS}))?|${TEENS}|oh[-\s](?:${UNITS})|hundred)`;
const CENTURY_YEAR = String.raw`\b(eighteen|nineteen|twenty)[-\s](${DECADE})\b`;
const THOUSANDS_YEAR = String.raw`\btwo\s+thousand(?:\s+and)?(?:\s+(${DECADE}|${UNITS}))?\b`;
const MONTH_BEFORE = new RegExp(`\\b(${MONTHS.join('|')})\\s+$`, 'i');
/** Words before a year in words that make it one (a count has none of them): "in", "since", "the year", a month. */
const CONTEXT_WORDS = [
  ...['in', 'of', 'by', 'since', 'until', 'till', 'from', 'before', 'after', 'through', 'during', 'year', 'early', 'late', 'mid'],
  ...['spring', 'summer', 'fall', 'autumn', 'winter'],
];
const YEAR_CONTEXT = new RegExp(String.raw`(?:\b(?:${CONTEXT_WORDS.join('|')})|${MONTHS.join('|')})\s+$`, 'i');
/** After one: a count ("two thousand years", "nineteen twenty-five people") is no year. */
const COUNT_AFTER =
  /^\s+(?:years?|people|dollars|percent|miles|times|of|more|or|and\s+(?:one|two|three|four|five|six|seven|eight|nine))\b/i;
const YEAR_IN_WORDS = new RegExp(`${CENTURY_YEAR}|${THOUSANDS_YEAR}`, 'gi');

const valueOf = (words: string): number => {
  const values = nlp(words.replace(/^oh[-\s]/i, ''))
    .numbers()
    .get() as number[];
  return values.reduce((sum, n) => sum + Number(n), 0);
};

export interface WordsHit {
  start: number;
  end: number;
  date: EventDate;
}

/** The years written in words in one sentence (a month right before them makes it a month). */
export function findYearsInWords(sentence: string): WordsHit[] {
  if (!/\b(?:eighteen|nineteen|twenty|thousand)\b/i.test(sentence)) return [];
  const hits: WordsHit[] = [];
  for (const m of sentence.matchAll(YEAR_IN_WORDS)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const before = sentence.slice(Math.max(0, at - 20), at);
    // "a nineteen ninety-seven attack", "Atlanta nineteen ninety-six": a century's year reads as one after a determiner or a name too.
    const context = YEAR_CONTEXT.test(before) || (m[1] !== undefined && /(?:\b(?:a|the)|\p{Lu}\p{L}+)\s+$/u.test(before));
    if (COUNT_AFTER.test(sentence.slice(end)) || !context) continue;
    const year = m[1] ? valueOf(m[1]) * 100 + (/^hundred$/i.test(m[2]) ? 0 : valueOf(m[2])) : 2000 + (m[3] ? valueOf(m[3]) : 0);
    if (!Number.isFinite(year) || year < 1800 || year > 2099) continue;
    const month = MONTH_BEFORE.exec(before);
    if (month) {
      const from = at - (before.length - (month.index ?? 0));
      hits.push({ start: from, end, date: { start: monthOf(year, MONTHS.indexOf(month[1].toLowerCase())) } });
    } else hits.push({ start: at, end, date: { start: String(year) } });
  }
  return hits;
}
