// Name candidates -> actors and mentions of one article: typed by the lists,
// by the words inside and around them, and merged by name parts ("Mr. Kim" is
// "Kim Jong Un", "Jobs" is "Steve Jobs", "Apple" is "Apple Inc.").
import type { Actor, ActorKind, Mention } from '../../corpus/schema';
import { isCommonWord, isFirstName, isOrgWord, isPlaceWord, lexTags, lookup, type Known } from './gazetteer';
import { SPEECH, sentenceCandidates, type Candidate } from './names';
import type { Piece } from './text';

export interface Found {
  actor: Actor;
  mention: Mention;
  sentence: number;
}

const PLACE_PREPS = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'outside', 'across', 'around',
  'toward', 'towards', 'via', 'visit', 'visited', 'visiting', 'of', 'across', 'throughout', 'inside']);
const ORG_SUFFIX = /^(inc|corp|co|ltd|llc|plc|group|company|corporation)$/;

export function slug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/['’.]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'x';
}

interface Typed {
  kind: ActorKind;
  name: string;
  partOf?: string;
}

const words = (c: Candidate) => c.tokens.map((t) => t.text);
const surface = (text: string, c: Candidate) => text.slice(c.start, c.end);

/** Finds the actors of the sentences (`stop()` true ends the scan early). */
export function findActors(articleId: string, text: string, sentences: Piece[], stop: () => boolean): Found[] {
  const cands: { c: Candidate; sentence: number }[] = [];
  for (let i = 0; i < sentences.length && !stop(); i++) {
    for (const c of sentenceCandidates(text, sentences[i])) cands.push({ c, sentence: i });
  }
  // Longer names first, so that short forms can be linked back to them.
  const typed = new Map<Candidate, Typed>();
  const people: { parts: string[]; t: Typed }[] = [];
  const orgs: { parts: string[]; t: Typed }[] = [];
  const byLength = [...cands].sort((a, b) => b.c.tokens.length - a.c.tokens.length);
  for (const { c } of byLength) {
    const parts = words(c).map((w) => w.toLowerCase());
    const linked = parts.length < 3 ? link(parts, people) ?? link(parts, orgs) : undefined;
    const t = linked ?? classify(text, c);
    if (!t) continue;
    typed.set(c, t);
    const list = t.kind === 'person' ? people : t.kind === 'organization' ? orgs : undefined;
    if (list && !linked && !list.some((k) => k.t.name === t.name)) list.push({ parts: t.name.toLowerCase().split(' '), t });
  }
  const actors = new Map<string, Actor>();
  const out: Found[] = [];
  for (const { c, sentence } of cands) {
    const t = typed.get(c);
    if (!t) continue;
    const id = `${t.kind}:${slug(t.name)}`;
    let actor = actors.get(id);
    if (!actor) {
      actor = { id, name: t.name, kind: t.kind, aliases: [] };
      if (t.partOf) actor.partOf = t.partOf;
      actors.set(id, actor);
    }
    const form = surface(text, c);
    if (!actor.aliases.includes(form)) actor.aliases.push(form);
    if (c.title && t.kind === 'person') {
      const titled = `${c.title} ${form}`.replace(/\s+/g, ' ');
      if (!actor.aliases.includes(titled)) actor.aliases.push(titled);
      if (c.title.split(/\s+/).length > 1 && !actor.role) actor.role = c.title;
    }
    out.push({ actor, sentence, mention: { actorId: id, articleId, span: [c.start, c.end] } });
  }
  return out;
}

/** A short form that is the start or end of a longer name already found. */
function link(parts: string[], known: { parts: string[]; t: Typed }[]): Typed | undefined {
  for (const k of known) {
    if (k.parts.length <= parts.length) continue;
    const head = k.parts.slice(0, parts.length).join(' ');
    const tail = k.parts.slice(-parts.length).join(' ');
    if (head === parts.join(' ') || tail === parts.join(' ')) return k.t;
  }
  return undefined;
}

function classify(text: string, c: Candidate): Typed | undefined {
  const w = words(c);
  const low = w.map((x) => x.toLowerCase());
  const key = low.join(' ');
  const name = surface(text, c).replace(/\s+/g, ' ');
  const known = lookup(key, name);
  if (known) return fromKnown(known, c);
  if (c.personHint) return { kind: 'person', name };
  const last = low[low.length - 1];
  if (low.some((x, i) => isOrgWord(x) && (i > 0 || low.length > 1)) || ORG_SUFFIX.test(c.after)) {
    return { kind: 'organization', name: ORG_SUFFIX.test(last) && w.length > 1 ? w.slice(0, -1).join(' ') : name };
  }
  if (low.length > 1 && isPlaceWord(last)) return { kind: 'place', name };
  if (/^(?:\p{Lu}\.?){2,6}$/u.test(w.join(' ')) || /^\p{Lu}{2,6}s?$/u.test(name)) return { kind: 'organization', name };
  if (low.length > 1) {
    if (isFirstName(low[0]) || lexTags(last).includes('LastName')) return { kind: 'person', name };
    return low.some(isCommonWord) ? { kind: 'organization', name } : { kind: 'person', name };
  }
  if (SPEECH.test(c.after) || lexTags(key).includes('LastName') || isFirstName(key)) return { kind: 'person', name };
  if (PLACE_PREPS.has(c.before) && c.before !== 'of') return { kind: 'place', name };
  if (isCommonWord(key)) return undefined;
  return { kind: 'organization', name };
}

function fromKnown(k: Known, c: Candidate): Typed {
  if (k.capitalOf) {
    // "in Pyongyang" is the city; "Moscow and Pyongyang will continue" speaks for the country.
    const cityish = PLACE_PREPS.has(c.before) || /^(capital|city)$/.test(c.before);
    return cityish
      ? { kind: 'place', name: k.name, partOf: `country:${slug(k.capitalOf)}` }
      : { kind: 'country', name: k.capitalOf };
  }
  return { kind: k.kind, name: k.name };
}
