// Evidence that a name is a thing (product, brand, index, currency, disease,
// storm, law, named event, work, language) rather than an actor that acts.

/** Head words of thing names ("Clean Air Act", "Dow Jones Index", "World War", "iPhone Pro"). */
export const THING_HEADS: ReadonlySet<string> = new Set(['conference', 'summit', 'festival', 'expo', 'fair',
  'show', 'awards', 'award', 'prize', 'cup', 'championship', 'championships', 'games', 'olympics', 'program',
  'programme', 'kit', 'store', 'stores', 'edition', 'version', 'update', 'series', 'pro', 'air', 'mini', 'max',
  'plus', 'lite', 'touch', 'nano', 'classic', 'shuffle', 'phone', 'pad', 'book', 'os', 'x', 'act', 'bill',
  'treaty', 'agreement', 'accord', 'plan', 'day', 'week', 'war', 'medal', 'syndrome', 'disease', 'virus',
  'keynote', 'event', 'tour', 'album', 'film', 'movie', 'novel', 'song', 'app', 'apps', 'index', 'average',
  'fever', 'flu', 'influenza', 'hurricane', 'storm', 'typhoon', 'cyclone', 'tornado', 'law', 'code', 'directive',
  'protocol', 'convention', 'constitution', 'amendment', 'doctrine', 'revolution', 'crisis', 'movement',
  'scholarship', 'survey', 'lectures', 'grammar', 'semantics', 'theory', 'model', 'linux', 'windows', 'engine',
  'language', 'languages', 'dialect', 'dialects', 'script', 'manifesto', 'project', 'mission', 'operation',
  'election', 'elections', 'referendum', 'marathon', 'league', 'prix', 'open', 'exchange', 'dollar', 'euro']);

/** Heads that are things only at the end of a longer name ("Premier League" is an organization elsewhere). */
export const THING_ONLY_LONG: ReadonlySet<string> = new Set(['league', 'exchange', 'open', 'games']);

/** Nouns after a name that make it a product ("Mac OS X operating system", "Apple Macintosh computers"). */
export const PRODUCT_NEXT: ReadonlySet<string> = new Set(['operating', 'computer', 'computers', 'laptop', 'laptops',
  'notebook', 'notebooks', 'desktop', 'desktops', 'software', 'device', 'devices', 'phone', 'phones', 'smartphone',
  'smartphones', 'tablet', 'tablets', 'app', 'apps', 'browser', 'version', 'versions', 'model', 'models', 'line',
  'lineup', 'series', 'console', 'consoles', 'update', 'platform', 'chip', 'chips', 'processor', 'processors',
  'player', 'players', 'client', 'program', 'programs', 'suite', 'edition', 'event', 'keynote', 'brand',
  'product', 'products', 'range', 'display', 'music', 'episodes', 'sales', 'season', 'index', 'indices',
  'virus', 'outbreak', 'pandemic', 'epidemic', 'vaccine', 'vaccines', 'owners', 'users', 'handset', 'handsets',
  'speakers', 'language', 'dialect']);

/** Words before a lone name that make it a thing ("launched the X", "the X index", "spoke Japanese"). */
export const THING_BEFORE: ReadonlySet<string> = new Set(['launched', 'released', 'unveiled', 'running', 'runs',
  'bought', 'buy', 'using', 'use', 'uses', 'download', 'downloaded', 'speak', 'speaks', 'spoke', 'spoken',
  'taught', 'teach', 'learn', 'learned', 'learning', 'studied', 'hurricane', 'storm', 'typhoon', 'cyclone',
  'operation', 'model', 'new', 'latest', 'upgraded']);

/** Holidays: dates, neither actors nor things. */
export const HOLIDAYS: ReadonlySet<string> = new Set(['christmas', 'easter', 'new year', "new year's",
  'thanksgiving', 'ramadan', 'eid', 'diwali', 'hanukkah', 'passover', 'halloween', 'valentine', 'lent', 'advent',
  'boxing day', 'independence day']);

/** Heads that take "of" inside a name but are no org or place words ("Treaty of Versailles", "Statue of Liberty"). */
export const HEADS_OF: ReadonlySet<string> = new Set(['daughters', 'sons', 'friends', 'house', 'statue', 'bay', 'gulf',
  'cape', 'isle', 'straits', 'treaty', 'act', 'battle', 'siege', 'declaration', 'charter', 'bill', 'war']);

/** First words that make a thing of the name they start ("Hurricane Katrina", "Operation Desert Storm"). */
export const THING_FIRST: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical',
  'operation', 'project']);
