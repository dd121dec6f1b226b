// What joins two capitalized runs into one name across a word that usually parts them: an ampersand ("Procter &
// Gamble") and "and" inside a body's name ("Securities and Exchange Commission"). Read by names.ts.
import { citedAuthor } from './citations';
import { isDictWord } from './dictionary';
import { isFirstName, isOrgWord, lookup } from './gazetteer';
import { capital as isCap, lower } from './candidate';
import { joinable, type Token } from './text';

/**
 * "Procter & Gamble", "Standard & Poor's", "Kamway Lodge & Tavern": an ampersand between capitalized words joins one
 * name. Not the end of a list of first names ("for Deirdre, Wyatt & Zach"), single letters ("E & W"), nor authors
 * the article cites ("(Heidenreich & Turano, 2011)", "Carrano & Biewener [7]", then "Carrano & Biewener's study").
 */
export function ampersandJoins(text: string, run: Token[], t: Token): boolean {
  const prev = run[run.length - 1];
  if (text.slice(prev.end, t.start) !== ' & ' || t.text.length < 2 || prev.text.length < 2) return false;
  if (run.length === 1 && text.slice(run[0].start - 2, run[0].start) === ', ' && isFirstName(lower(run[0]))) return false;
  // One ampersand per name ("A & B & C & ..." is a list, or noise).
  if (run.some((x, i) => i > 0 && text.slice(run[i - 1].end, x.start) === ' & ')) return false;
  return !cited(text, `${prev.text} & `, t.text);
}

/**
 * The pair is written somewhere in the text as cited authors (citations.ts: a year, "et al."), or before a reference
 * number ("Carrano & Biewener [7]").
 */
function cited(text: string, first: string, second: string): boolean {
  const pair = first + second;
  for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) {
    const end = at + pair.length;
    if (citedAuthor(text, at + first.length, end) || /^,? ?\[\d/.test(text.slice(end, end + 5))) return true;
  }
  return false;
}

/**
 * "Food and Drug Administration", "Securities and Exchange Commission": ordinary capitalized words, "and", then
 * more of them ending in a body's word make one body ("Apple and Google Inc." stay two: "Google" is no word).
 */
export function bodyAnd(text: string, t: Token, run: Token[], tokens: Token[], i: number, before: Token | undefined): boolean {
  if (lower(t) !== 'and') return false;
  // "a quote from Browning and War Office": a single word needs an article before it to start a body's name.
  if (run.length < 2 && !/^(?:the|a|an)$/.test(before ? lower(before) : '')) return false;
  const plain = (x: Token) => isCap(x.text) && isDictWord(lower(x)) && !isFirstName(lower(x)) && !lookup(lower(x), x.text);
  // "Center for Biological Diversity and Center for Food Safety": a name with its own "for" or "of" is complete.
  // A country may come first ("the U.S. Securities and Exchange Commission").
  const own = run.length > 1 && lookup(lower(run[0]), run[0].text)?.kind === 'country' ? run.slice(1) : run;
  if (!own.every(plain)) return false;
  let j = i + 1;
  while (tokens[j] && isCap(tokens[j].text) && plain(tokens[j]) && joinable(text, tokens[j - 1].end, tokens[j].start)) j++;
  const head = lower(tokens[j - 1]);
  // "the State and Homeland Security Departments": a plural head names two bodies.
  return j > i + 1 && isOrgWord(head) && (!/s$/.test(head) || /(?:services|affairs|relations|resources)$/.test(head));
}

/** "the Standard & Poor's 500 index": an index's number after its maker's possessive goes on with the name. */
export function indexNumber(text: string, run: Token[], t: Token): boolean {
  const prev = run[run.length - 1];
  if (!/^['’]s $/.test(text.slice(prev.end, t.start)) || !/^\d{2,4}$/.test(t.text)) return false;
  return /^[ -](?:stock )?index\b/i.test(text.slice(t.end, t.end + 13)) || run.some((x, i) => i > 0 && text[x.start - 2] === '&');
}
