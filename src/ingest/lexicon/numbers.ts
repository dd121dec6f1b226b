// Numbers written as words, for counts in dates ("two weeks after", "three years ago").
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
};

/** The words above as a regular-expression alternation. */
export const NUMBER_WORD_PATTERN = Object.keys(NUMBER_WORDS).join('|');
