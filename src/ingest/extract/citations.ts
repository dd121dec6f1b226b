// Authors cited in academic prose: "(Baker, 2015; Devlin, 2016)", "Rao and Scott (1981)", "Kessler and colleagues",
// "Bos et al.": a surname the lists do not know is a person there. Read from the text around the name only.

const NAME = String.raw`\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*(?: (?:van|von|de|der|den|da|di|le|la) \p{Lu}[\p{L}'’-]+)?`;
const SEP = String.raw`\s*(?:,\s*(?:&|and)?|&|and)\s*`;
/** Co-authors before the name, back to what opens the list. */
const AUTHORS_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}'’-])((?:${NAME}${SEP})*)$`, 'u');
/** Co-authors after the name, then "et al.", then the year: "and Scott (1981", ", Chin, Chong, & Vignieri, 2011". */
const AUTHORS_AFTER = new RegExp(
  String.raw`^((?:${SEP}${NAME})*)(\s+et al\.?)?\s*(?:,\s*)?([(\[]\s*)?((?:1[6-9]|20)\d\d[a-z]?)(?=[)\],;:]|\s*\[|\s+p\.|\s+and\b|\s*$)`,
  'u',
);
/** The year AUTHORS_AFTER ends on. */
const YEAR = /(?:1[6-9]|20)\d\d/;
/** "Bos and colleagues describe", "Kessler et al. found": a research group by its first author. */
const GROUP_AFTER = /^\s+(?:et al\.?|and (?:colleagues|co-?workers|collaborators))(?![\p{L}])/u;
/** What a study does after its year in brackets: "Kessler (2003) found". */
const CITED_VERBS = 'found|finds?|show(?:s|ed)?|argue[sd]?|suggest(?:s|ed)|report(?:s|ed)|propose[sd]|note[sd]|describe[sd]|observe[sd]';
const CITED_VERB = new RegExp(String.raw`^\)\s+(?:${CITED_VERBS}|claim(?:s|ed)|demonstrate[sd])\b`);

const NAMES = new RegExp(NAME, 'gu');
const count = (list: string) => (list.match(NAMES) ?? []).length;

/** A lone word with no other evidence: a year or a co-author right after it will do ("Brieber 2014", "Heidenreich &"). */
const LONE_AFTER = /^(?:\s*,?\s*&\s*\p{Lu}|,?\s+\(?(?:1[5-9]|20)\d\d[a-z]?(?![\d-]))/u;

/** The name of `start`..`end` stands in a citation as an author's surname (`lone`: a lone word the rules know nothing of). */
export function citedAuthor(text: string, start: number, end: number, lone = false): boolean {
  if (end - start < 2) return false; // "(A, B, C, & D, 2011)": a letter alone is no surname
  const after = text.slice(end, end + 120);
  if (GROUP_AFTER.test(after) || (lone && LONE_AFTER.test(after))) return true;
  // No year in reach, no match: checked first, as AUTHORS_AFTER's nested name patterns backtrack on every name.
  const year = YEAR.test(after) ? AUTHORS_AFTER.exec(after) : null;
  if (!year) return false;
  const before = AUTHORS_BEFORE.exec(text.slice(Math.max(0, start - 120), start));
  const prior = before?.[1] ?? '';
  const authors = 1 + count(prior) + count(year[1]);
  const opened = /[([;]\s*$/.test(text.slice(Math.max(0, start - 120), start - prior.length));
  // "(Baker, 2015": inside an opened citation; "Rao and Scott (1981", "Vandergrift and Cross 2017": two authors and a
  // year; "Kessler (2003) found": a year in brackets, then what the study did. "Ulysses (1967)" alone stays a work.
  if (opened || authors > 1 || year[2]) return true;
  return Boolean(year[3]) && CITED_VERB.test(after.slice(year.index + year[0].length));
}
