// Members of peoples, faiths and parties: their plural names the group ("Arabs", "Kurds", "Muslims", "Republicans").
// Demonyms of countries are the lists' own (geo.ts); these belong to no one country.

/** One member, in lower case; the group is the plural ("Arabs", "Sunnis", "Democrats"). */
export const GROUP_MEMBERS: ReadonlySet<string> = new Set([
  'arab',
  'jew',
  'muslim',
  'christian',
  'catholic',
  'protestant',
  'evangelical',
  'hindu',
  'sikh',
  'buddhist',
  'mormon',
  'sunni',
  'shia',
  'shiite',
  'alawite',
  'druze',
  'kurd',
  'houthi',
  'pashtun',
  'uyghur',
  'uighur',
  'tamil',
  'berber',
  'bedouin',
  'maori',
  'aborigine',
  'latino',
  'hispanic',
  'republican',
  'democrat',
  'libertarian',
  'tory',
  'socialist',
  'communist',
  'conservative',
  'liberal',
  'loyalist',
  'unionist',
  'royalist',
]);

/** "Arabs" -> "arab", "Tories" -> "tory": the member of a plural group name, if it is one. */
/** Acronyms of communities of people ("LGBT rights", "the LGBTQ community"): a group, no organization. */
export const COMMUNITY_ACRONYMS: ReadonlySet<string> = new Set(['lgbt', 'lgbtq', 'lgbtq+', 'lgbti', 'lgbtqia', 'lgbtqia+', 'glbt']);

export function groupMember(plural: string): string | undefined {
  const w = plural.toLowerCase();
  const one = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') ? w.slice(0, -1) : undefined;
  return one && GROUP_MEMBERS.has(one) ? one : undefined;
}

/** "Houthi" -> "Houthis", "Tory" -> "Tories": the group a capitalized member word names, if it is one. */
export function groupOfMember(member: string): string | undefined {
  if (!GROUP_MEMBERS.has(member.toLowerCase())) return undefined;
  return /y$/.test(member) ? `${member.slice(0, -1)}ies` : `${member}s`;
}

/**
 * Words of a creed before a party's members that make the whole a party's name: "Liberal Democrats", "Social
 * Democrats", "Christian Democrats", "the Radical Left Democrats" ("House Democrats", "Texas Republicans" stay groups).
 */
export const PARTY_CREEDS: ReadonlySet<string> = new Set(['liberal', 'social', 'christian', 'free', 'radical', 'left', 'national']);
