// Words that make a name a place, and the prepositions a place follows.

/** Head words of place names beyond compromise's own list ("County", "Street"). */
export const PLACE_WORDS = [
  'city',
  'county',
  'province',
  'state',
  'region',
  'district',
  'oblast',
  'street',
  'avenue',
  'road',
  'square',
  'park',
  'airport',
  'station',
  'bridge',
  'river',
  'sea',
  'ocean',
  'valley',
  'village',
  'town',
  'prefecture',
  'territory',
  'republic',
  'peninsula',
  'island',
  'islands',
  'mountains',
  'mountain',
  'lake',
  'bay',
  'coast',
  'desert',
  'castle',
  'tower',
  'towers',
  'hall',
  'palace',
  'plaza',
  'beach',
  'harbour',
  'harbor',
  'canal',
  'gulf',
  'strait',
  'hotel',
  'center',
  'centre',
  'stadium',
  'arena',
  'mt',
  'mount',
  'voivodship',
  'voivodeship',
  'municipality',
  'pacific',
  'atlantic',
  'mediterranean',
  'caribbean',
  'baltic',
  'adriatic',
  'aegean',
  'arctic',
  'antarctic',
];

/** "the Sun", "the Moon", "Earth": bodies of the sky are places (as GUM types them), never the papers named after them. */
export const SKY_PLACES: ReadonlySet<string> = new Set(['sun', 'moon', 'earth', 'solar system']);

/** First words of place names, in English and in the languages travel guides name places in ("Lake Erie", "Mount
 * Talau", "Cape of Good Hope", "Plac Wolności", "Pointe des Châteaux", "Anse Bertrand", "Isla Mujeres"). */
export const PLACE_FIRST: ReadonlySet<string> = new Set([
  'lake',
  'mount',
  'mt',
  'cape',
  'isle',
  'fort',
  'gulf',
  'loch',
  'île',
  'ile',
  'isla',
  'ilha',
  'lac',
  'mont',
  'monte',
  'pointe',
  'anse',
  'morne',
  'baie',
  'plage',
  'rue',
  'plac',
  'ulica',
  'piazza',
  'playa',
  'praia',
  'cerro',
  'sierra',
]);

/**
 * Words that govern the preposition after them, so the name after it is their object, no place: "believe in Allah",
 * "similar to Minecraft", "close to Allah", "compared to Minecraft", "different from Linux".
 */
export const PREP_GOVERNORS: ReadonlySet<string> = new Set(
  (
    'believe believes believed believing belief faith trust interest interested invest invested invests specialise ' +
    'specialises specialised specialize specializes specialized participate participated engage engaged similar ' +
    'close closer compared comparable related devoted dedicated loyal addicted married thanks due prior contrary ' +
    'different differs differ convert converted'
  ).split(' '),
);

/** Words before a lone name that make it a place ("in Cupertino", "visited Seoul"). */
export const PLACE_PREPS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'from',
  'to',
  'near',
  'into',
  'outside',
  'across',
  'around',
  'toward',
  'towards',
  'via',
  'visit',
  'visited',
  'visiting',
  'of',
  'throughout',
  'inside',
]);

/** Compass words that make a place of a place ("Southern Senegal", "East Los Angeles"). */
export const COMPASS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'upper',
  'lower',
  'greater',
  'mainland',
]);

/**
 * Heads of names that are a venue or a study as often as a body: "Johnson Space Center", "the 2011 Household Energy
 * Survey". A body of them speaks ("the National Hurricane Center reported", "the US Geological Survey said").
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set(['center', 'centre', 'survey', 'observatory', 'laboratory']);

/** Nouns for a place before "of" and its name ("the village of Banjal", "the region of Casamance"). */
export const PLACE_NOUNS_OF: ReadonlySet<string> = new Set(
  (
    'village villages town towns city cities island islands isle isles region province provinces district districts ' +
    'county municipality commune suburb suburbs neighbourhood neighborhood hamlet archipelago peninsula'
  ).split(' '),
);

/** Nouns for a place right before its name ("the islands La Désirade", "the village Djilapaor"); "the Lombardy
 * region Roberto Maroni" has a person after its noun, so the nouns written after a place's name are not here. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set('village villages island islands isle hamlet commune suburb'.split(' '));

/** Nouns right after a lone name that make it a place ("the Basse Casamance area", "the Kathmandu valley"). */
export const PLACE_NEXT: ReadonlySet<string> = new Set([
  'area',
  'areas',
  'region',
  'district',
  'countryside',
  'valley',
  'coast',
  'peninsula',
]);
