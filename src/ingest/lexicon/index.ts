// The extractor's word lists, one file per list, each list once. geo.ts holds
// what comes from data packages (countries, demonyms, capitals, cities,
// regions, languages, currencies). The extractor imports each file directly
// (a re-exported binding costs a getter call on every use in hot loops).
export * from './abbreviations';
export * from './aliases';
export * from './geo';
export * from './months';
export * from './numbers';
export * from './not-names';
export * from './organization-words';
export * from './packages';
export * from './place-words';
export * from './thing-words';
export * from './titles';
