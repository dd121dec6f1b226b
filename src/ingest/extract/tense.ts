// The tense of the clause around a date, from the verb nearest to it: what
// decides whether "Friday" or "June 1" without a year lies ahead of the
// article or behind it. Nearest first, so a modal elsewhere in the sentence
// ("announced on Friday a deal which would give") does not flip the date.
import { lexTags } from './gazetteer';

export type Tense = 'past' | 'present' | 'future' | 'unknown';

// "could" is left out: "could not be located Wednesday" is as often behind as ahead.
const MODALS = new Set(['will', "'ll", 'shall', 'would', 'might', 'should', 'must', 'can', "won't", 'wo', 'going', 'gonna']);
const FUTURE_WORDS = new Set(['next', 'upcoming', 'coming', 'due', 'scheduled', 'slated', 'tomorrow', 'later', 'soon']);
/** "planned to leave Nairobi on Thursday", "set to resume Monday": an intention ahead. */
const INTENT =
  /\b(?:set|due|scheduled|slated|expected|planning|planned|plans?|going|ready|hopes?|hoping|intends?|aims?)\s+to\s+(?:[\w'-]+\s+){0,6}$/i;
/**
 * Ahead without "to": "Protesters planned a large demonstration in Little Havana on Saturday", "ahead of the weekend"
 * ("a memorial service planned for Saturday was canceled" has no object: its own verb decides).
 */
const INTENT_OBJECT = new RegExp(
  String.raw`\b(?:plann(?:ed|ing)|plans|schedul(?:ed|ing)|call(?:ed|ing)\s+for)` +
    String.raw`\s+(?:a|an|another|new|more|further)\s+(?:[\w'-]+\s+){0,6}$` +
    String.raw`|\b(?:ahead\s+of|in\s+time\s+for)\s+(?:the\s+)?$`,
  'i',
);
const PAST_WORDS = new Set([
  'ago',
  'last',
  'since',
  'earlier',
  'yesterday',
  'previously',
  'was',
  'were',
  'had',
  'did',
  "hadn't",
  "wasn't",
  "weren't",
  "didn't",
]);
const PRESENT_WORDS = new Set(['is', 'are', 'am', "isn't", "aren't"]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those']);
/** Clause ends: a date's tense comes from its own clause. */
const CLAUSE_END = /[;:!?]|\s[—–]\s|,\s*(?:and|but|while|whereas|although|though)\s|\b(?:which|who)\s/g;
const WINDOW = 90;

/** The cue one word gives, looking at the word before it for participles ("is heard", "was planned"). */
function cue(word: string, before: string | undefined): Tense {
  const w = word.toLowerCase();
  if (MODALS.has(w) || FUTURE_WORDS.has(w)) return 'future';
  if (PAST_WORDS.has(w)) return 'past';
  if (PRESENT_WORDS.has(w)) return 'present';
  const tags = lexTags(w);
  const pastForm =
    tags.includes('PastTense') ||
    (/^[a-z]{2,}[^e]ed$/.test(w) && !tags.some((t) => t === 'Noun' || t === 'Infinitive' || t === 'Cardinal'));
  if (pastForm) {
    const b = before?.toLowerCase();
    if (b && DETERMINERS.has(b)) return 'unknown'; // "the slated visit": an adjective
    if (b && (b === 'is' || b === 'are')) return 'present';
    // "will be held", "could not be located": the word before "be" tells.
    if (b === 'be' || b === 'being') return 'unknown';
    return 'past';
  }
  // Other present forms are left out: too many are nouns as well ("a rally Thursday", "live television").
  return 'unknown';
}

/** The tense cue nearest before `at` in its clause, else the nearest after the date (up to `end`), else (`wide`) in its sentence. */
export function tenseAt(sentence: string, at: number, end: number, wide = true): Tense {
  const base = Math.max(0, at - WINDOW);
  let from = base;
  for (const m of sentence.slice(base, at).matchAll(CLAUSE_END)) from = base + m.index + m[0].length;
  const head = sentence.slice(from, at);
  if (/\bas\s+(?:soon|early)\s+as\s*$/i.test(head) || INTENT.test(head) || INTENT_OBJECT.test(head)) return 'future';
  const before = head.match(/[A-Za-z']+/g) ?? [];
  const after = sentence.slice(end, end + 50).split(CLAUSE_END)[0];
  // "Sunday's debate", "get around Wednesday's ruling": a possessive date names an event that happened ("next week's" is read elsewhere).
  const possessive = /^['’]s\b/.test(after);
  if (possessive) return 'past';
  for (let i = before.length - 1; i >= 0; i--) {
    const t = cue(before[i], before[i - 1]);
    if (t !== 'unknown') return t;
  }
  const words = after.match(/[A-Za-z']+/g) ?? [];
  for (let i = 0; i < Math.min(words.length, 6); i++) {
    const t = cue(words[i], words[i - 1]);
    if (t !== 'unknown') return t;
  }
  // No cue in the clause: the sentence's verb nearest the date ("In January, a week after X, a bombing killed ...");
  // not for a weekday, which news puts in the past unless its own clause says otherwise.
  return wide ? sentenceTense(sentence, at, end) : 'unknown';
}

function sentenceTense(sentence: string, at: number, end: number): Tense {
  const cues: { d: number; t: Tense }[] = [];
  // Not across a colon or a quote mark: a quotation has its own tense.
  const from = Math.max(...[':', '"', '“', '”'].map((c) => sentence.lastIndexOf(c, at)));
  const stops = [':', '"', '“', '”'].map((c) => sentence.indexOf(c, end)).filter((i) => i >= 0);
  const to = stops.length ? Math.min(...stops) : sentence.length;
  for (const m of sentence.slice(0, to).matchAll(/[A-Za-z']+/g)) {
    const i = m.index ?? 0;
    if ((i >= at && i < end) || i < from) continue;
    const prev = /([A-Za-z']+)\W*$/.exec(sentence.slice(Math.max(0, i - 20), i))?.[1];
    const t = cue(m[0], prev);
    if (t !== 'unknown') cues.push({ d: i < at ? at - i : i - end, t });
  }
  return cues.sort((a, b) => a.d - b.d)[0]?.t ?? 'unknown';
}
