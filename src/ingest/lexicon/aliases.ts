// Canonical names for the forms the data packages do not list.
export const COUNTRY_ALIASES: Record<string, string> = {
  'u.s.': 'United States',
  america: 'United States',
  'u.s.a.': 'United States',
  'u.k.': 'United Kingdom',
  britain: 'United Kingdom',
  'great britain': 'United Kingdom',
  dprk: 'North Korea',
  prc: 'China',
  holland: 'Netherlands',
  'the netherlands': 'Netherlands',
  // world-countries lists "Republic of Turkey" but not the short form news still writes.
  turkey: 'Türkiye',
};
export const ORG_ALIASES: Record<string, string> = {
  'u.n.': 'United Nations',
  un: 'United Nations',
  'united nations': 'United Nations',
  eu: 'European Union',
  'e.u.': 'European Union',
  'european union': 'European Union',
  nato: 'NATO',
  who: 'World Health Organization',
  // The forums of the largest economies, written with digits: no model numbers.
  g7: 'G7',
  'g-7': 'G7',
  g8: 'G8',
  g20: 'G20',
  'g-20': 'G20',
};

/**
 * States that no longer exist, which the country packages (today's states) do not list: places of history that
 * biographies, interviews and guides name ("the Soviet Union collapsed", "born in Czechoslovakia"). No empires:
 * GUM types "the Ottoman Empire" as a body (its rulers), not as a place.
 */
export const FORMER_STATES: Record<string, string> = {
  'soviet union': 'Soviet Union',
  ussr: 'Soviet Union',
  'u.s.s.r.': 'Soviet Union',
  czechoslovakia: 'Czechoslovakia',
  yugoslavia: 'Yugoslavia',
  'east germany': 'East Germany',
  'west germany': 'West Germany',
  'austria-hungary': 'Austria-Hungary',
  prussia: 'Prussia',
  rhodesia: 'Rhodesia',
  zaire: 'Zaire',
  persia: 'Persia',
  siam: 'Siam',
  ceylon: 'Ceylon',
};
