// What the name lists know of a form, for the corpus-level decisions: is it a
// country (by its own name, not a demonym), or a capital city of one. The one
// place resolution reads the per-article gazetteer.
import { countryName, lookup } from '../extract/gazetteer';

export interface KnownPlace {
  kind: 'country' | 'place';
  name: string;
  /** For a capital: its country's name. */
  capitalOf?: string;
}

const memo = new Map<string, KnownPlace | null>();

/** `key` as nameKey makes it, `surface` as written. */
export function knownPlace(key: string, surface: string): KnownPlace | undefined {
  let hit = memo.get(key);
  if (hit === undefined) {
    const k = lookup(key, surface);
    hit = null;
    if (k?.kind === 'country' && countryName(key)) hit = { kind: 'country', name: k.name };
    else if (k?.kind === 'place' && k.capitalOf) hit = { kind: 'place', name: k.name, capitalOf: k.capitalOf };
    memo.set(key, hit);
  }
  return hit ?? undefined;
}
