// The data packages the lexicon reads (geo.ts), for the extractor's cache key:
// a new version of one of them invalidates every cached extraction.
export const GEO_PACKAGES = ['world-countries', 'city-timezones', 'country-region-data', 'iso-639-1'];
