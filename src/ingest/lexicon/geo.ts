// Countries, demonyms, capitals, cities, regions and languages from data
// packages (licences in docs/quality.md): world-countries (ODbL), city-timezones
// (MIT), country-region-data (MIT), iso-639-1 (MIT). Static imports, so the
// Node ingest and the page's extraction chunk read the same data; the first
// paint's bundle never imports this. Keys are lower case.
import cityMap from 'city-timezones/data/cityMap.json' with { type: 'json' };
import regionData from 'country-region-data/data.json' with { type: 'json' };
import ISO6391 from 'iso-639-1';
import worldCountries from 'world-countries/countries.json' with { type: 'json' };
import { COUNTRY_ALIASES } from './aliases';

interface Country {
  name: { common: string; official: string; native?: Record<string, { common: string }> };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  capital: string[];
  cca2: string;
  independent?: boolean;
  currencies?: Record<string, { name: string }>;
}
interface City {
  city: string;
  city_ascii: string;
  pop: number;
  country: string;
  province: string;
}
interface CountryRegions {
  countryName: string;
  countryShortCode: string;
  regions: { name: string; shortCode?: string }[];
}

/** Cities smaller than this are left out: a small town's name is more often a surname or a word. */
const MIN_CITY_POP = 20_000;

/** Our canonical country names: the common name, shortened where news does ("Russian Federation" is "Russia"). */
const countries = worldCountries as unknown as Country[];

export const COUNTRY: Map<string, string> = new Map();
export const DEMONYM: Map<string, string> = new Map();
export const CAPITAL: Map<string, string> = new Map();
export const CITY: Map<string, string> = new Map();
export const REGION: Map<string, string> = new Map();
/** Region (lower case) -> the countries it is a region of ("georgia" -> United States; "florida" -> United States, Puerto Rico). */
export const REGION_OF: Map<string, string[]> = new Map();
/** The US states' and territories' postal codes ("NY" -> "New York"), from the region data. */
export const US_STATE_CODES: Map<string, string> = new Map();
export const LANGUAGE: Set<string> = new Set();
/**
 * A country's own common names in its languages, Latin letters only ("polska" -> Poland, "deutschland" -> Germany):
 * not in COUNTRY, since some are English words elsewhere; read where a name's rest may be a country (a branch).
 */
export const NATIVE_COUNTRY: Map<string, string> = new Map();
/** ISO 4217 codes and names of currencies ("usd", "euro", "united states dollar"). */
export const CURRENCY: Set<string> = new Set();
/** A country's currencies by their last word ("United States" -> "dollar" -> "United States dollar"). */
export const CURRENCY_UNITS: Map<string, Map<string, string>> = new Map();

const add = (m: Map<string, string>, key: string, value: string) => {
  const k = key.toLowerCase();
  if (k.length > 1 && !m.has(k)) m.set(k, value);
};

// Sovereign states first: "American" is the United States', "French" France's, before any territory's.
for (const c of [...countries].sort((a, b) => Number(Boolean(b.independent)) - Number(Boolean(a.independent)))) {
  const name = c.name.common;
  add(COUNTRY, name, name);
  add(COUNTRY, c.name.official, name);
  // Two-letter codes other than "US"/"UK" read as words ("IN", "IT", "AT"): only the longer spellings.
  for (const alt of c.altSpellings) if (alt.length > 2 || alt === 'US' || alt === 'UK') add(COUNTRY, alt, name);
  const d = c.demonyms?.eng;
  for (const dem of d ? [d.m, d.f] : []) {
    add(DEMONYM, dem, name);
    add(DEMONYM, `${dem}s`, name);
  }
  for (const [code, cur] of Object.entries(c.currencies ?? {})) {
    CURRENCY.add(code.toLowerCase());
    CURRENCY.add(cur.name.toLowerCase());
    const units = CURRENCY_UNITS.get(name) ?? new Map<string, string>();
    units.set(cur.name.split(' ').pop()!.toLowerCase(), cur.name);
    CURRENCY_UNITS.set(name, units);
  }
  for (const n of Object.values(c.name.native ?? {})) if (/^[\p{Script=Latin} ]+$/u.test(n.common)) add(NATIVE_COUNTRY, n.common, name);
  for (const cap of c.capital) {
    add(CAPITAL, cap, name);
    add(CAPITAL, cap.replace(/,? D\.C\.$/, ''), name);
  }
}
for (const [k, v] of Object.entries(COUNTRY_ALIASES)) COUNTRY.set(k, v);

for (const c of cityMap as City[]) {
  if (c.pop < MIN_CITY_POP) continue;
  add(CITY, c.city, c.city);
  add(CITY, c.city_ascii, c.city);
}
for (const c of regionData as CountryRegions[]) {
  for (const r of c.regions) {
    if (c.countryShortCode === 'US' && r.shortCode) US_STATE_CODES.set(r.shortCode, r.name);
    add(REGION, r.name, r.name);
    const key = r.name.toLowerCase();
    REGION_OF.set(key, [...(REGION_OF.get(key) ?? []), COUNTRY.get(c.countryName.toLowerCase()) ?? c.countryName]);
  }
}
for (const n of ISO6391.getAllNames()) LANGUAGE.add(n.toLowerCase());
