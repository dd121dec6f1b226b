// Words that make a name a place, and the prepositions a place follows.

/** Head words of place names beyond compromise's own list ("County", "Street"). */
export const PLACE_WORDS = ['city', 'county', 'province', 'state', 'region', 'district', 'oblast',
  'street', 'avenue', 'road', 'square', 'park', 'airport', 'station', 'bridge', 'river', 'sea',
  'ocean', 'valley', 'village', 'town', 'prefecture', 'territory', 'republic', 'peninsula', 'island',
  'islands', 'mountains', 'mountain', 'lake', 'bay', 'coast', 'desert', 'castle', 'tower', 'towers',
  'hall', 'palace', 'plaza', 'beach', 'harbour', 'harbor', 'canal', 'gulf', 'strait', 'hotel', 'center', 'centre',
  'stadium', 'arena', 'mt', 'mount', 'voivodship', 'voivodeship', 'municipality', 'pacific', 'atlantic'];

/** Words before a lone name that make it a place ("in Cupertino", "visited Seoul"). */
export const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'to', 'near', 'into', 'outside',
  'across', 'around', 'toward', 'towards', 'via', 'visit', 'visited', 'visiting', 'of', 'throughout', 'inside']);

/** Compass words that make a place of a place ("Southern Senegal", "East Los Angeles"). */
export const COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'upper', 'lower',
  'greater', 'mainland']);
