// Name candidates -> actors and mentions of one article: typed by the lists,
// by the words inside and around them, and merged by name parts ("Mr. Kim" is
// "Kim Jong Un", "Jobs" is "Steve Jobs", "Apple" is "Apple Inc.").
import type { Actor, ActorKind, Mention } from '../../corpus/schema';
import { isDictWord } from './dictionary';
import { countryName, isCommonWord, isFirstName, isOrgWord, isPlaceWord, lexTags, lookup, type Known } from './gazetteer';
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

/** Lower case without diacritics: "Erdoğan" and "Erdogan" are one name. */
export function fold(s: string): string {
  if (!/[^ -~]/.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o').replace(/[đĐ]/g, 'd').replace(/ß/g, 'ss').toLowerCase();
}

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
    for (const c of sentenceCandidates(text, sentences[i])) {
      // "US$199", "US $129", "HK$5": a currency prefix, not a country.
      if (!/^ ?\$/.test(text.slice(c.end, c.end + 2))) cands.push({ c, sentence: i });
    }
  }
  // Longer names first, so that short forms can be linked back to them.
  const typed = new Map<Candidate, Typed>();
  const people: { parts: string[]; t: Typed }[] = [];
  const orgs: { parts: string[]; t: Typed }[] = [];
  const byLength = [...cands].sort((a, b) => b.c.tokens.length - a.c.tokens.length);
  for (const { c } of byLength) {
    const parts = words(c).map(fold);
    // "Doris Day" is no short form of "Doris Day Animal Foundation": a first name starts a person.
    const linked = parts.length < 3 ? link(parts, people) ?? (isFirstName(parts[0]) && parts.length > 1 ? undefined : link(parts, orgs)) : undefined;
    const t = linked ?? classify(text, c);
    if (!t) continue;
    typed.set(c, t);
    const list = t.kind === 'person' ? people : t.kind === 'organization' ? orgs : undefined;
    if (list && !linked && !list.some((k) => k.t.name === t.name)) list.push({ parts: fold(t.name).split(' '), t });
  }
  // "Syrian Democratic Forces (SDF)": the acronym is the same actor, wherever it appears.
  const byKey = new Map<string, Typed>();
  for (let i = 0; i + 1 < cands.length; i++) {
    const long = cands[i].c;
    const short = cands[i + 1].c;
    const t = typed.get(long);
    if (!t || long.tokens.length < 2 || !/^\s*\(\s*$/.test(text.slice(long.end, short.start)) || text[short.end] !== ')') continue;
    const initials = long.tokens.map((x) => x.text[0]).filter((ch) => /\p{Lu}/u.test(ch)).join('');
    if (initials.length > 1 && initials === text.slice(short.start, short.end).replace(/[.\s]/g, '')) {
      byKey.set(words(short).join(' ').toLowerCase(), t);
    }
  }
  // "RIAA" after "Recording Industry Association of America": an acronym of a longer organization's initials.
  const byInitials = new Map<string, Typed>();
  for (const o of orgs) {
    const i = initialsOf(o.t.name);
    if (o.t.name.split(/\s+/).length > 1 && !byInitials.has(i)) byInitials.set(i, o.t);
  }
  const expanded = new Map<string, Typed | undefined>();
  const expand = (key: string) => {
    if (!expanded.has(key)) expanded.set(key, expandAcronym(text, key));
    return expanded.get(key);
  };
  for (const { c } of cands) {
    const key = surface(text, c).replace(/[.\s]/g, '');
    if (byKey.has(key.toLowerCase()) || !isAcronym(surface(text, c)) || (typed.get(c) && typed.get(c)?.kind !== 'organization')) continue;
    const org = byInitials.get(key) ?? byInitials.get(key.replace(/s$/, ''));
    const full = org ?? (typed.get(c)?.kind === 'organization' && !surface(text, c).includes('.') ? expand(key) : undefined);
    if (full) byKey.set(words(c).join(' ').toLowerCase(), full);
  }
  for (const { c } of cands) {
    const t = byKey.get(words(c).join(' ').toLowerCase());
    if (t) typed.set(c, t);
  }
  // A name typed once in the article types its other, bare occurrences ("Apple said" ... "at Apple").
  for (const [c, t] of typed) {
    const k = words(c).join(' ').toLowerCase();
    if (!byKey.has(k)) byKey.set(k, t);
  }
  for (const { c } of cands) {
    if (typed.has(c)) continue;
    const t = byKey.get(words(c).join(' ').toLowerCase());
    if (t && !HOLIDAYS.test(t.name.toLowerCase())) typed.set(c, t);
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

const ACRONYM_GLUE = "\\s+(?:(?:of|the|and|for|on|in|de|du|des|la|le|&)\\s+)*";
/** "RIAA": the article's "Recording Industry Association of America", each word starting with the next letter. */
function expandAcronym(text: string, acronym: string): Typed | undefined {
  const letters = acronym.replace(/s$/, '').split('');
  if (letters.length < 2 || letters.length > 6 || !letters.every((l) => /\p{Lu}/u.test(l))) return undefined;
  const re = new RegExp(`(?<![\\p{L}])${letters.map((l) => `${l}[\\p{Ll}'’.-][\\p{L}'’.-]*`).join(ACRONYM_GLUE)}(?![\\p{L}])`, 'u');
  const m = re.exec(text);
  // "World Wide Developers Conference" is an event, not an organization.
  return m && !THING_HEADS.has(m[0].split(/\s+/).pop()?.toLowerCase() ?? '') ? { kind: 'organization', name: m[0].replace(/['’]$/, '') } : undefined;
}

/** Initials of the capitalized words of a name ("Catholic Bishops' Conference of the Philippines" -> "CBCP"). */
function initialsOf(name: string): string {
  return name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
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

/** Heads that make a capitalized run a product, event or programme, not an actor ("Developer Program"). */
const THING_HEADS = new Set(['conference', 'summit', 'festival', 'expo', 'fair', 'show', 'awards', 'award',
  'prize', 'cup', 'championship', 'championships', 'games', 'olympics', 'program', 'programme', 'kit', 'store',
  'stores', 'edition', 'version', 'update', 'series', 'pro', 'air', 'mini', 'max', 'plus', 'lite', 'touch',
  'nano', 'classic', 'shuffle', 'phone', 'pad', 'book', 'os', 'x', 'act', 'bill', 'treaty', 'agreement',
  'accord', 'plan', 'day', 'week', 'year', 'war', 'prize', 'medal', 'syndrome', 'disease', 'virus', 'award',
  'keynote', 'event', 'tour', 'album', 'film', 'movie', 'novel', 'song', 'app', 'apps']);
/** Nouns after a name that make it a product ("Mac OS X operating system", "Apple Macintosh computers"). */
const PRODUCT_NEXT = new Set(['operating', 'computer', 'computers', 'laptop', 'laptops', 'notebook', 'notebooks',
  'desktop', 'desktops', 'software', 'device', 'devices', 'phone', 'phones', 'smartphone', 'smartphones',
  'tablet', 'tablets', 'app', 'apps', 'browser', 'version', 'versions', 'model', 'models', 'line', 'lineup',
  'series', 'console', 'consoles', 'update', 'platform', 'chip', 'chips', 'processor', 'processors', 'player',
  'players', 'client', 'program', 'programs', 'suite', 'edition', 'event', 'keynote', 'brand', 'product',
  'products', 'range', 'display', 'store', 'music', 'episodes', 'sales', 'season', 'holiday', 'holidays']);
/** Lower-case nouns before a lone name that say it is an organization ("the technology blog Gizmodo"). */
const ORG_BEFORE = new Set(['company', 'firm', 'maker', 'manufacturer', 'retailer', 'giant', 'carrier',
  'airline', 'bank', 'startup', 'start-up', 'group', 'brand', 'website', 'site', 'blog', 'newspaper',
  'broadcaster', 'network', 'agency', 'party', 'band', 'club', 'publisher', 'studio', 'label', 'outlet',
  'rival', 'rivals', 'insurer', 'operator', 'conglomerate', 'chain', 'developer', 'automaker', 'charity']);
/** Lower-case nouns after a lone name (often "Name's") that say it is an organization. */
const ORG_AFTER = new Set(['executives', 'executive', 'shares', 'stock', 'board', 'spokesman', 'spokeswoman',
  'spokesperson', 'employees', 'staff', 'headquarters', 'ceo', 'cfo', 'chief', 'founder', 'co-founder',
  'chairman', 'subsidiary', 'stores', 'shareholders', 'investors', 'customers', 'officials', 'website',
  'inc', 'corp', 'ltd', 'plc', 'llc', 'co', 'reported', 'reports', 'announced']);
/** Acronyms and short caps that are units, currencies or common terms, not organizations. */
const NOT_ORG_CAPS = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'aud', 'cad', 'chf', 'inr', 'rub',
  'ghz', 'mhz', 'khz', 'hz', 'gb', 'mb', 'kb', 'tb', 'km', 'kg', 'mm', 'cm', 'mph', 'kph', 'tv', 'hdtv', 'lcd', 'led',
  'os', 'pc', 'pcs', 'cd', 'cds', 'dvd', 'dvds', 'usb', 'gps', 'sms', 'mp3', 'hd', 'ai', 'id', 'it', 'ip', 'am',
  'pm', 'utc', 'gmt', 'est', 'pst', 'ok', 'dna', 'rna', 'hiv', 'aids', 'gdp', 'vat', 'suv', 'sdk', 'api', 'cpu',
  'gpu', 'ram', 'ssd', 'iq', 'ceo', 'cfo', 'coo', 'cto', 'mp', 'mps', 'phd', 'ad', 'bc', 'ce', 'bce', 'rip',
  'faq', 'pdf', 'html', 'url', 'www', 'wi-fi', 'wifi', '3g', '4g', '5g', 'lte', 'nfc', 'vr', 'ar', 'ev', 'evs']);
/** Verbs after a lone ordinary word that make it a company ("Apple unveiled"). */
const ORG_VERBS = /^(released|releases|unveiled|unveils|introduced|introduces|launched|launches|sold|sells|acquired|acquires|reported|reports|hosted|hosts|employs|employed|shipped|ships|filed|sued|sues|has|had|is|was)$/;
const HOLIDAYS = /^(christmas|easter|new year|new year's|thanksgiving|ramadan|eid|diwali|hanukkah|passover|halloween|valentine|lent|advent|boxing day|independence day)$/;

const isAcronym = (name: string) => /^(?:\p{Lu}\.){2,6}$/u.test(name) || /^\p{Lu}[\p{Lu}&]{1,5}s?$/u.test(name);
const camelCase = (w: string) => /\p{Ll}\p{Lu}/u.test(w.replace(/^(Mc|Mac|O'|D'|De|La|Le|Di|Van)/, ''));

function classify(text: string, c: Candidate): Typed | undefined {
  const w = words(c);
  const low = w.map((x) => x.toLowerCase());
  const key = low.join(' ');
  const name = surface(text, c).replace(/\s+/g, ' ');
  const known = lookup(key, name);
  if (known) {
    // "the American computer company Apple": the demonym only qualifies the noun phrase.
    if (known.kind === 'country' && /^(the|a|an)$/.test(c.before) && /^\p{Ll}/u.test(text.slice(c.end + 1, c.end + 2)) &&
      !countryName(key)) return undefined;
    return fromKnown(known, c);
  }
  if (HOLIDAYS.test(key)) return undefined;
  const last = low[low.length - 1];
  const orgSuffixAfter = ORG_SUFFIX.test(c.after);
  // Products, programmes and events are no actors: "Music Store", "MacBook Air laptops", "Tiger operating system".
  if (!orgSuffixAfter && (THING_HEADS.has(last) && low.length > 1 && !isFirstName(low[0]) || w.some(camelCase) || PRODUCT_NEXT.has(c.after) ||
    (c.after === 'operating' && c.after2 === 'system'))) return undefined;
  if (c.personHint && !c.employer && !low.some(isOrgWord)) return { kind: 'person', name };
  if (low.length > 1 && isPlaceWord(last)) return { kind: 'place', name };
  if (low.some((x, i) => isOrgWord(x) && (i > 0 || low.length > 1)) || orgSuffixAfter) {
    return { kind: 'organization', name: ORG_SUFFIX.test(last) && w.length > 1 ? w.slice(0, -1).join(' ') : name };
  }
  if (isAcronym(name) || isAcronym(w.join(' '))) {
    // "$99 (USD)", "2 GHz", "an LCD screen": units, currencies and common terms.
    if (NOT_ORG_CAPS.has(key.replace(/\./g, '')) || /\d\s*\(?\s*$/.test(text.slice(Math.max(0, c.start - 4), c.start))) return undefined;
    return { kind: 'organization', name };
  }
  if (c.employer) return { kind: 'organization', name };
  if (low.length > 1) {
    if (isFirstName(low[0]) || lexTags(last).includes('LastName')) return { kind: 'person', name };
    // A run of ordinary words ("Apple Computer", "Best Buy") names an organization, not a person.
    return low.some((x) => isCommonWord(x) || isDictWord(x)) ? { kind: 'organization', name } : { kind: 'person', name };
  }
  if (lexTags(key).includes('LastName') || isFirstName(key)) return { kind: 'person', name };
  if (ORG_BEFORE.has(c.before) || ORG_AFTER.has(c.after) && (c.possessive || /^(inc|corp|ltd|plc|llc|co)$/.test(c.after))) {
    return { kind: 'organization', name };
  }
  if (SPEECH.test(c.after) || ORG_VERBS.test(c.after)) {
    // "Apple said": an ordinary word that speaks is a company; an unknown word is a surname.
    if (isDictWord(key)) return { kind: 'organization', name };
    return SPEECH.test(c.after) ? { kind: 'person', name } : undefined;
  }
  // "in Cupertino", "Cupertino, California": a place, unless the word is an ordinary one ("to the Mac").
  const inPlace = PLACE_PREPS.has(c.before) && c.before !== 'of' ||
    /^,\s*\p{Lu}/u.test(text.slice(c.end, c.end + 3)) && Boolean(placeAfter(text, c.end));
  if (inPlace && !isDictWord(key)) return { kind: 'place', name };
  // A lone word with no evidence is left out rather than guessed.
  return undefined;
}

/** "Cupertino, California": the known place right after a comma. */
function placeAfter(text: string, end: number): boolean {
  const m = /^,\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/u.exec(text.slice(end, end + 40));
  if (!m) return false;
  const k = lookup(m[1].toLowerCase(), m[1]) ?? lookup(m[1].split(' ')[0].toLowerCase(), m[1]);
  return Boolean(k && (k.kind === 'place' || k.kind === 'country'));
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
