// Patterns built from words: a word list or a name taken as literal text in a regular expression.

/** `s` with every character a pattern would read as syntax escaped ("St." matches only "St."). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
