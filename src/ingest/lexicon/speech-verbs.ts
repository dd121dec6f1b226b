// The one list of speech verbs: quote attribution (quotes.ts) and name typing ("X said": names.ts,
// actors.ts) read it from here. Lemmas only; compromise conjugates them once at load.
import nlp from 'compromise';
import { escapeRegExp } from './regexp';

/**
 * Verbs of saying a person (or an organization through its people) does: "X said", "X quipped",
 * "X chimed in". After a name they make it a speaker (names.ts `SPEECH`).
 */
const SAYING = [
  'say',
  'tell',
  'write',
  'add',
  'state',
  'explain',
  'note',
  'insist',
  'warn',
  'argue',
  'claim',
  'announce',
  'tweet',
  'ask',
  'reply',
  'remark',
  'comment',
  'continue',
  'recall',
  'acknowledge',
  'admit',
  'declare',
  'urge',
  'implore',
  'fume',
  'gush',
  'confirm',
  'describe',
  'call',
  'interject',
  'advise',
  'quip',
  'retort',
  'exclaim',
  'shout',
  'yell',
  'scream',
  'whisper',
  'mutter',
  'complain',
  'testify',
  'recount',
  'concede',
  'contend',
  'assert',
  'boast',
  'brag',
  'lament',
  'muse',
  'opine',
  'plead',
  'reiterate',
  'stress',
  'emphasise',
  'emphasize',
  'caution',
  'elaborate',
  'observe',
  'assure',
  'reassure',
  'grumble',
  'scoff',
  'sigh',
  'chide',
  'bemoan',
  'decry',
  'proclaim',
  'speak',
];

/**
 * Verbs that attribute a quote but also take companies and documents as subjects ("Tesla denied",
 * "the report stated", "the sign read"): speech next to a quote, no evidence of a person after a name.
 */
const FRAMING = [
  'report',
  'read',
  'cite',
  'characterise',
  'characterize',
  'criticise',
  'criticize',
  'defend',
  'react',
  'suggest',
  'accuse',
  'blame',
  'underline',
  'term',
  'dub',
  'label',
  'respond',
  'predict',
  'vow',
  'pledge',
  'promise',
  'allege',
  'deny',
  'hail',
  'praise',
  'thank',
  'condemn',
  'denounce',
  'post',
  'disclose',
  'affirm',
  'clarify',
  'concur',
];
// Left out on purpose: words that are mostly nouns or adjectives next to a quote ("question", "answer",
// "text", "email", "demand", "joke", "the proposed deal").

/** Verb + particle: only the pair is speech ("went on", not "went"; "pointed out", not "pointed"). */
const PHRASAL = [
  'chime in',
  'blurt out',
  'go on',
  'point out',
  'cry out',
  'speak out',
  'call out',
  'fire back',
  'shoot back',
  'weigh in',
  'spell out',
];

const conjugate = (
  nlp as unknown as { methods(): { two: { transform: { verb: { conjugate(v: string, m: unknown): Record<string, string> } } } } }
).methods().two.transform.verb.conjugate;
const model = (nlp as unknown as { model(): unknown }).model();

/** Regular forms, for the verbs compromise leaves unchanged in the past ("tweet" -> "tweet"). */
function regular(v: string): string[] {
  const stem = /(?:^|[^aeiou]|qu)[aeiou][bdgklmnprt]$/.test(v) && v.length <= 5 ? v + v.slice(-1) : v.replace(/e$/, '');
  return [`${stem}ed`, `${stem}ing`];
}

/** Infinitive, third person, past, participle and gerund of a lemma. */
function forms(lemma: string): string[] {
  const c = conjugate(lemma, model);
  const out = new Set([lemma, c.PresentTense, c.PastTense, c.Participle, c.Gerund].filter((x): x is string => Boolean(x) && !/\s/.test(x)));
  if (
    c.PastTense === lemma ||
    !c.Gerund ||
    c.Gerund === lemma ||
    (/[^aeiou][aeiou][bdgptmn]ing$/.test(c.Gerund) && regular(lemma)[1] !== c.Gerund)
  ) {
    for (const f of regular(lemma)) out.add(f);
  }
  return [...out];
}

const sayingForms = SAYING.flatMap(forms);
/** Every inflected form of a one-word speech verb, lower case. */
export const SPEECH_WORDS: ReadonlySet<string> = new Set([...sayingForms, ...FRAMING.flatMap(forms)]);
/** Every inflected phrasal speech verb ("chimed in", "going on"). */
export const SPEECH_PHRASES: readonly string[] = PHRASAL.flatMap((p) => {
  const [verb, ...rest] = p.split(' ');
  // "what is going on", "has gone on for years": only the finite "went on" / "goes on" are speech.
  return forms(verb)
    .filter((f) => verb !== 'go' || /^(?:go|goes|went)$/.test(f))
    .map((f) => [f, ...rest].join(' '));
});

/** One word after a name that makes it a speaker ("Lund said", "Lund quipped"); "according" for "according to". */
export const SPEECH = new RegExp(
  `^(?:${[...new Set(sayingForms.filter((f) => !f.endsWith('ing')))].map(escapeRegExp).join('|')}|according)$`,
);

const finite = (f: string) => !/ing(?:\s|$)/.test(f);
const FINITE_WORDS: ReadonlySet<string> = new Set(sayingForms.filter(finite));
/** Head form -> particles that make it a phrasal speech verb ("went" -> "on"); "according" -> "to". */
const HEADS = new Map<string, { all: Set<string>; finite: Set<string> }>([['according', { all: new Set(['to']), finite: new Set() }]]);
for (const p of SPEECH_PHRASES) {
  const [head, particle] = p.split(' ');
  const entry = HEADS.get(head) ?? { all: new Set<string>(), finite: new Set<string>() };
  entry.all.add(particle);
  if (finite(p)) entry.finite.add(particle);
  HEADS.set(head, entry);
}

/** A speech verb found in a text: its words as written (`[0]`) and where it starts. */
export interface VerbHit {
  0: string;
  index: number;
}

const WORD = /\p{L}+/gu;
/**
 * The speech verbs of `text` in order, a phrasal verb as one hit ("chimed in", "according to").
 * `finiteOnly`: "X said", "X later chimed in" but not a gerund ("X, writing to Y,"), and only verbs
 * of saying. A word scan with set lookups: a regex alternation of every form is much slower.
 */
export function speechVerbsIn(text: string, finiteOnly = false): VerbHit[] {
  const out: VerbHit[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0].toLowerCase();
    const head = HEADS.get(w);
    if (head) {
      const next = /^\s+(\p{L}+)\b/u.exec(text.slice(m.index + w.length, m.index + w.length + 24));
      if (next && (finiteOnly ? head.finite : head.all).has(next[1].toLowerCase())) {
        out.push({ 0: text.slice(m.index, m.index + w.length + next[0].length), index: m.index });
        WORD.lastIndex = m.index + w.length + next[0].length;
        continue;
      }
    }
    if ((finiteOnly ? FINITE_WORDS : SPEECH_WORDS).has(w)) out.push({ 0: m[0], index: m.index });
  }
  return out;
}
