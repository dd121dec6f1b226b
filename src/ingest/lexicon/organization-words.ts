// Words that make a name an organization: inside it, after it, or before it.

/** Legal-form suffixes ("Apple Inc.", "Tesco plc"). */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'group',
  'company', 'corporation']);

/** Head words of organization names beyond compromise's own list ("Ministry", "Institute"). */
export const ORG_WORDS = ['inc', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'party', 'ministry',
  'university', 'institute', 'court', 'police', 'parliament', 'senate', 'congress', 'assembly',
  'agency', 'service', 'services', 'news', 'times', 'post', 'press', 'network', 'union',
  'forces', 'navy', 'airlines', 'airways', 'records', 'studios', 'systems', 'technologies',
  'motors', 'labs', 'games', 'fc', 'team', 'office', 'organisation', 'organization', 'cabinet',
  'tribunal', 'league', 'hospital', 'school', 'museum', 'channel', 'tv', 'radio', 'magazine',
  'department', 'council', 'commission', 'committee', 'bank', 'board', 'foundation', 'society',
  'association', 'federation', 'conference', 'legislatures', 'academy', 'college', 'journal', 'weekly',
  'sheriff', 'army', 'church', 'library', 'gallery', 'orchestra'];

/** Lower-case nouns before a lone name that say it is an organization ("the technology blog Gizmodo"). */
export const ORG_BEFORE: ReadonlySet<string> = new Set(['company', 'firm', 'maker', 'manufacturer', 'retailer',
  'giant', 'carrier', 'airline', 'bank', 'startup', 'start-up', 'group', 'website', 'site', 'blog',
  'newspaper', 'broadcaster', 'network', 'agency', 'party', 'band', 'club', 'publisher', 'studio', 'label',
  'outlet', 'rival', 'rivals', 'insurer', 'operator', 'conglomerate', 'chain', 'developer', 'automaker', 'charity']);

/** Lower-case nouns after a lone name (often "Name's") that say it is an organization. */
export const ORG_AFTER: ReadonlySet<string> = new Set(['executives', 'executive', 'shares', 'stock', 'board',
  'spokesman', 'spokeswoman', 'spokesperson', 'employees', 'staff', 'headquarters', 'ceo', 'cfo', 'chief',
  'founder', 'co-founder', 'chairman', 'subsidiary', 'stores', 'shareholders', 'investors', 'customers',
  'officials', 'website', 'inc', 'corp', 'ltd', 'plc', 'llc', 'co', 'reported', 'reports', 'announced']);

/** Verbs after a lone ordinary word that make it a company ("Apple unveiled"). */
export const ORG_VERBS: ReadonlySet<string> = new Set(['released', 'releases', 'unveiled', 'unveils', 'introduced',
  'introduces', 'launched', 'launches', 'sold', 'sells', 'acquired', 'acquires', 'reported', 'reports', 'hosted',
  'hosts', 'employs', 'employed', 'shipped', 'ships', 'filed', 'sued', 'sues', 'has', 'had', 'is', 'was']);
