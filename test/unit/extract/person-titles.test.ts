import { describe, expect, it } from 'vitest';
import { nameAt } from './helpers';

describe("a title before a person's short form says whom it may shorten", () => {
  it('a monarch named by title and given name is no one whose family name that is ("King Hussein", "Saddam Hussein")', () => {
    const text =
      "Iraq's Saddam Hussein called President Bush a liar. Bush met King Hussein of Jordan at his home. " +
      'Bush said that King Hussein assured him Jordan would enforce the sanctions.';
    expect(nameAt(text, 'Hussein', 1)).toBe('King Hussein');
    expect(nameAt(text, 'Hussein', 2)).toBe('King Hussein');
    expect(nameAt(text, 'Saddam Hussein')).toBe('Saddam Hussein');
  });

  it('keeps the title in the name of a monarch no one else shares ("Queen Elizabeth", "Pope Francis")', () => {
    expect(nameAt('Queen Elizabeth opened Parliament on Tuesday.', 'Elizabeth')).toBe('Queen Elizabeth');
    expect(nameAt('Pope Francis visited Iraq in March.', 'Francis')).toBe('Pope Francis');
  });

  it('a title before a family name still links it ("Emperor Norton", "President Castro", "Mr. Kim")', () => {
    const norton = 'Joshua Abraham Norton was a citizen of San Francisco. In 1859 Emperor Norton proclaimed himself emperor.';
    expect(nameAt(norton, 'Norton', 1)).toBe('Joshua Abraham Norton');
    const castro = 'Fidel Castro spoke for hours. President Castro said the boy must return.';
    expect(nameAt(castro, 'Castro', 1)).toBe('Fidel Castro');
    const kim = 'Kim Jong Un met the envoy in Pyongyang. Mr. Kim said talks would go on.';
    expect(nameAt(kim, 'Kim', 1)).toBe('Kim Jong Un');
  });

  it("a woman's title is no man's family name, and a man's no woman's ('Mrs. Albright', 'Mr. Albright')", () => {
    const text = 'George Albright ran the shop with his wife, Madeleine Albright. Mrs. Albright said sales were up.';
    expect(nameAt(text, 'Albright', 2)).toBe('Madeleine Albright');
    const mr = 'Madeleine Albright ran the shop with her husband, George Albright. Mr. Albright said sales were up.';
    expect(nameAt(mr, 'Albright', 2)).toBe('George Albright');
  });
});
