// Real headlines and event sentences as templates: each actor an ingested title
// names becomes a slot of its kind ("{person} flew to {place} on Monday"), so
// generated titles read like news and name the generated article's actors.
import type { Actor, ActorKind, Corpus } from '../../src/corpus/schema';

export type Template = (string | { kind: ActorKind })[];

export interface Templates {
  published: Template[];
  mentioned: Template[];
  /** The mentioned templates with a slot of each kind. */
  withKind: Map<ActorKind, Template[]>;
  /** Quoted words, for quotes of generated people. */
  quotes: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A title with its actors' names and aliases cut out as slots of their kind. */
export function templateOf(title: string, actors: Actor[]): Template {
  const forms = actors.flatMap((a) => [a.name, ...a.aliases].map((form) => ({ form, kind: a.kind })));
  const usable = forms.filter((f) => f.form.length > 2).sort((a, b) => b.form.length - a.form.length);
  if (usable.length === 0) return [title];
  const re = new RegExp(`\\b(${usable.map((f) => escape(f.form)).join('|')})\\b`, 'g');
  const kindOf = new Map(usable.map((f) => [f.form, f.kind]));
  const out: Template = [];
  let at = 0;
  for (const m of title.matchAll(re)) {
    if (m.index > at) out.push(title.slice(at, m.index));
    out.push({ kind: kindOf.get(m[0])! });
    at = m.index + m[0].length;
  }
  if (at < title.length) out.push(title.slice(at));
  return out;
}

/** Sentences for kinds a small source may never name in a title (Wikinews' demo has no peoples). */
const SPARE: Record<ActorKind, string[]> = {
  group: ['Thousands of {group} gathered in {place}', '{person} met leaders of {group}', '{group} protested outside the {organization}'],
  thing: ['{organization} announced changes to {thing}', '{thing} came under scrutiny in {country}'],
  person: ['{person} arrived in {place}'],
  country: ['{country} recalled its ambassador'],
  place: ['Heavy rain fell on {place}'],
  organization: ['{organization} issued a statement'],
};

const spare = (text: string): Template =>
  text
    .split(/(\{[a-z]+\})/)
    .flatMap((piece): Template => (/^\{[a-z]+\}$/.test(piece) ? [{ kind: piece.slice(1, -1) as ActorKind }] : piece ? [piece] : []));

const balanced = (s: string) => [...s].filter((c) => '([{'.includes(c)).length === [...s].filter((c) => ')]}'.includes(c)).length;

/**
 * Titles a reader would take for news: a capital first, a few words, brackets closed, told in the third person
 * (no "I think"), not cut off mid-phrase ("published back in").
 */
const readable = (title: string) =>
  /^[A-Z][a-z]*\b(?![)\]])/.test(title) &&
  title.length >= 20 &&
  title.length <= 140 &&
  balanced(title) &&
  !/[…:;,]$|\b(in|of|the|at|to|a|an|and|or|by|for|with|from)$/i.test(title) &&
  !/\b(I|I'm|we|my|our|us|you)\b|\?/.test(title) &&
  !/^(How|What|Why|Who|Where|When|So)\b/.test(title);

export function templatesOf(source: Corpus): Templates {
  const byId = new Map(source.actors.map((a) => [a.id, a]));
  const actorsOf = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const published: Template[] = [];
  const mentioned: Template[] = [];
  for (const e of source.events) {
    if (!readable(e.title)) continue;
    (e.kind === 'published' ? published : mentioned).push(templateOf(e.title, actorsOf(e.actorIds)));
  }
  const quotes = source.quotes
    .map((q) => q.text.replace(/[\s.,;:!?]+$/, ''))
    .filter((t) => t.length >= 20 && t.length <= 200 && !/["“”]/.test(t));
  if (published.length === 0 || mentioned.length === 0) throw new Error('the source corpus has too few titled events to make templates');
  const withKind = new Map<ActorKind, Template[]>();
  for (const t of mentioned)
    for (const kind of new Set(t.flatMap((p) => (typeof p === 'string' ? [] : [p.kind]))))
      withKind.set(kind, [...(withKind.get(kind) ?? []), t]);
  for (const [kind, texts] of Object.entries(SPARE) as [ActorKind, string[]][])
    if (!withKind.has(kind)) withKind.set(kind, texts.map(spare));
  return { published, mentioned, withKind, quotes: quotes.length ? quotes : ['we will do everything we can'] };
}

/** Fills the slots: an actor of the slot's kind from `cast` when there is one (the first ones more often), else `other(kind)`. */
export function fill(
  template: Template,
  cast: Actor[],
  other: (kind: ActorKind) => Actor,
  random: () => number,
): { title: string; actors: Actor[] } {
  const used: Actor[] = [];
  let title = '';
  for (const piece of template) {
    if (typeof piece === 'string') {
      title += piece;
      continue;
    }
    const free = cast.filter((a) => a.kind === piece.kind && !used.includes(a));
    const actor = free.length ? free[Math.floor(random() ** 2 * free.length)] : other(piece.kind);
    if (!used.includes(actor)) used.push(actor);
    title += actor.name;
  }
  return { title, actors: used };
}
