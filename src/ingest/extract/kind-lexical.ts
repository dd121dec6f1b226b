// The kinds a name's words alone decide, before any context is read: web sites, currencies, languages, faiths,
// bodies of the sky, "X-based" compounds, amounts, parts of laws, named battles. judgeCandidate (kinds.ts) asks
// here first; GO_ON means the words decide nothing.
import { COUNTERS, NOT_ORG_CAPS } from '../lexicon/not-names';
import { CURRENCY } from '../lexicon/geo';
import { LEGAL_FORMS, ORG_SUFFIXES } from '../lexicon/organization-words';
import { SKY_PLACES } from '../lexicon/place-words';
import { RELIGIONS, THING_FIRST, THING_HEADS } from '../lexicon/thing-words';
import { asLanguage, skyBody } from './kind-context';
import { lookup, type Known } from './gazetteer';
import { isAcronym, slug, type Typed } from './kinds';
import type { Candidate } from './candidate';
import { PLACE_COMPOUND } from './names';
import { isWebSite } from './text';

export const GO_ON = Symbol('go on');

export function fromKnown(k: Known): Typed {
  // A capital stays the city even where it speaks for its country ("Moscow said"): it belongs to the country.
  if (k.capitalOf) return { kind: 'place', name: k.name, partOf: `country:${slug(k.capitalOf)}` };
  return { kind: k.kind, name: k.name };
}

/** The kind the words `w` (`low`: lower-cased) of candidate `c` decide alone: a kind, undefined (no name), or GO_ON. */
export function byWords(text: string, c: Candidate, w: string[], low: string[], name: string): Typed | undefined | typeof GO_ON {
  const key = low.join(' ');
  // "News.com.au", "Gawker.com": a web site is a thing (as GUM types it).
  if (w.length === 1 && isWebSite(name)) return { kind: 'thing', name };
  // "Ph.D", "M.Sc": a degree or common term written with dots.
  if (/^[\p{L}.]+$/u.test(name) && name.includes('.') && NOT_ORG_CAPS.has(name.replace(/\./g, '').toLowerCase())) return undefined;
  // "USD", "euro", "US$": a currency is a thing only as a name of its own, never before an amount.
  if (CURRENCY.has(key)) {
    if (!/^\s*\$?\d/.test(text.slice(c.end, c.end + 3))) return w.length > 1 || !isAcronym(name) ? { kind: 'thing', name } : undefined;
    if (isAcronym(name)) return undefined; // "USD 26.95": the code of an amount
  }
  if (asLanguage(key, c)) return { kind: 'thing', name };
  // "converted to Islam", "Buddhism in Thailand": a faith is a thing, never a place.
  if (w.length === 1 && RELIGIONS.has(key)) return { kind: 'thing', name };
  // "cooler than the Sun", "on Earth"; "The Sun reported" (a paper) has no lower-case "the" and speaks.
  if (SKY_PLACES.has(key) && (key === 'earth' || c.before === 'the') && !/^(?:newspaper|tabloid|reported|said|says)$/.test(c.after))
    return { kind: 'place', name };
  // "the star AB Aurigae", "the exoplanet K2-18b", "on Mars": a body of the sky is a place, as the Sun is.
  if (skyBody(text, c, key)) return { kind: 'place', name };
  // "US-based", "Saudi-led", "Iran-backed": a place qualifies the noun after it, as a demonym does.
  if (PLACE_COMPOUND.test(w[w.length - 1])) {
    const where = name.slice(0, name.lastIndexOf('-'));
    const place = lookup(where.toLowerCase(), where);
    return place && (place.kind === 'country' || place.kind === 'place') ? { ...fromKnown(place), attribute: true } : undefined;
  }
  // "USD15", "EUR2bn", "CUC 25": an amount, no name.
  if (/^\p{Lu}{3} ?\d/u.test(name) && CURRENCY.has(name.slice(0, 3).toLowerCase())) return undefined;
  // "the 12th Amendment", "its 3rd edition": a thing's head after an ordinal is that thing's name cut short.
  if (w.length === 1 && THING_HEADS.has(key) && /\d(?:st|nd|rd|th)\s+$/.test(text.slice(Math.max(0, c.start - 8), c.start)))
    return undefined;
  // "Day 3", "a Category 5 hurricane": a step of a count or scale.
  if (w.length === 2 && COUNTERS.has(low[0]) && /^\d+$/.test(low[1])) return undefined;
  // "Martin Luther King Jr. Day": a lone word after "Jr." ends a longer name, no name of its own.
  if (w.length === 1 && /^(?:jr|sr)$/.test(c.before) && /^\.\s/.test(text.slice(c.start - 2, c.start))) return undefined;
  if (w.length > 1 && THING_FIRST.has(low[0])) return { kind: 'thing', name };
  // "Title IV", "Article III", "Section 230": a part of a law or a text, by its number.
  if (/^(?:title|article|section|chapter|clause|schedule|annex) (?:[ivxlc]+|\d+[a-z]?)$/.test(key)) return { kind: 'thing', name };
  // "Battle of Belleau Wood", "Siege of Leningrad", "War on Drugs", "War in Afghanistan": a named event ("Battle Creek" is a city).
  if (w.length > 2 && /^(?:battle|siege|war)$/.test(low[0]) && /^(?:of|on|in)$/.test(low[1])) return { kind: 'thing', name };
  // "Milton Roy Corp.", "Erbamont N.V.", "Environmental Testing Co.": a legal form at the end makes a company.
  if (legalForm(low)) return { kind: 'organization', name: orgName(w, low, name) };
  // "Johnson & Johnson", "Procter & Gamble": partners' names joined by an ampersand name a firm (not "S&P 500").
  if (/ & /.test(name) && !/\d/.test(name)) return { kind: 'organization', name };
  return GO_ON;
}

/** The last of several words is a legal form ("N.V." read as "nv"). */
export const legalForm = (low: string[]): boolean => low.length > 1 && LEGAL_FORMS.has(low[low.length - 1].replace(/\./g, ''));

/** "Salling Group" is "Salling", "Erbamont N.V." "Erbamont": a company's legal or generic suffix is no part of its name. */
export const orgName = (w: string[], low: string[], name: string): string =>
  (ORG_SUFFIXES.has(low[low.length - 1]) || legalForm(low)) && w.length > 1 ? w.slice(0, -1).join(' ') : name;
