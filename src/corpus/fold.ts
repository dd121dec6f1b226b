// One way to compare names everywhere (ingest, search, the actor finder):
// lower case without diacritics, so "Erdoğan" is "erdogan" and "Łódź" "lodz".

/** Lower case without diacritics; letters NFKD cannot split (ł, ø, đ, ß, ı) mapped by hand. */
export function fold(s: string): string {
  if (!/[^ -~]/.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}
