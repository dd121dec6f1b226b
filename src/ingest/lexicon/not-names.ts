// Capitalized words that name no actor.

/** Connectors inside a name ("Bank of America", "Ludwig van Beethoven"). */
export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'della', 'la', 'le', 'van', 'von',
  'der', 'den', 'al', 'el', 'bin', 'da', 'dos', 'du']);

/** Acronyms and short caps that are units or common terms, not organizations (currency codes: geo.ts). */
export const NOT_ORG_CAPS: ReadonlySet<string> = new Set(['rmb', 'ghz', 'mhz', 'khz', 'hz', 'gb', 'mb', 'kb', 'tb', 'km', 'kg', 'mm', 'cm', 'mph', 'kph', 'tv',
  'hdtv', 'lcd', 'led', 'os', 'pc', 'pcs', 'cd', 'cds', 'dvd', 'dvds', 'usb', 'gps', 'sms', 'mp3', 'hd', 'ai', 'id',
  'it', 'ip', 'am', 'pm', 'utc', 'gmt', 'est', 'pst', 'ok', 'dna', 'rna', 'hiv', 'aids', 'gdp', 'vat', 'suv', 'sdk',
  'api', 'cpu', 'gpu', 'ram', 'ssd', 'iq', 'ceo', 'cfo', 'coo', 'cto', 'mp', 'mps', 'phd', 'ad', 'bc', 'ce', 'bce',
  'rip', 'faq', 'pdf', 'html', 'url', 'www', 'wi-fi', 'wifi', '3g', '4g', '5g', 'lte', 'nfc', 'vr', 'ar', 'ev',
  'evs', 'wn']);
