// "the U.S. dollar", "the Japanese yen": a country or its people's word, then the last word of the country's currency
// (from the country data package), names the currency, a thing; the country is no actor there.
import { CURRENCY_UNITS } from '../lexicon/geo';
import type { Typed } from './kinds';

const UNIT_AFTER = /^ (\p{Ll}+)(?!\p{L})/u;

/** The currency a country's name at [.., `end`) begins, with where its name ends; undefined if none. */
export function currencyAfter(text: string, end: number, country: Typed): { t: Typed; end: number } | undefined {
  if (country.kind !== 'country') return undefined;
  const m = UNIT_AFTER.exec(text.slice(end, end + 24));
  const units = CURRENCY_UNITS.get(country.name);
  // "in U.S. dollars": the plural names the currency too.
  const name = m && (units?.get(m[1]) ?? units?.get(m[1].replace(/s$/, '')));
  return name ? { t: { kind: 'thing', name }, end: end + m[0].length } : undefined;
}
