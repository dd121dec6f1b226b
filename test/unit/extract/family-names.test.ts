import { describe, expect, it } from 'vitest';
import { nameAt } from './helpers';

describe('a family name alone among several people of that family', () => {
  it('is not the one the article calls by the given name alone (a child), but the one it never calls so', () => {
    const text =
      'Ana Moreno, 7, was rescued off the coast on Thanksgiving. Ana has lived with relatives since. ' +
      'Her father, Luis Moreno, wants her back in Havana. Ana was seen at school on Monday. ' +
      'Moreno said he would come to take his daughter home.';
    expect(nameAt(text, 'Moreno', 2)).toBe('Luis Moreno');
  });

  it('stays with the first named when the article calls it by the given name only once ("Jared" of a life)', () => {
    const text =
      'Jared Tristan Walsh was born in San Antonio, Texas, to Gerald and Sherri Walsh. After high school, Jared moved ' +
      'to Los Angeles. In 2005, Walsh starred in a horror film. Walsh proposed to his co-star in 2009.';
    expect(nameAt(text, 'Walsh', 2)).toBe('Jared Tristan Walsh');
  });

  it('stays with the first named when every other one is called by the given name too ("Daniel", "Johann")', () => {
    const text =
      'Daniel Ruiz was a mathematician. His father, Johann Ruiz, was a professor. Johann, unable to bear the shame, ' +
      'banned Daniel from his house. Daniel refused to give up. Daniel studied medicine in Basel. Ruiz also wrote on physics.';
    expect(nameAt(text, 'Ruiz', 2)).toBe('Daniel Ruiz');
  });

  it('stays with the one the article is about, written in full three times as often ("Manuel" of "Manuel Ortiz")', () => {
    const text =
      'Manuel Ortiz, 59, is a soft-spoken man. Manuel Ortiz believes the boy should go home. Manuel Ortiz filed a ' +
      'motion on Monday, as did his sister, Caridad Ortiz. Manuel went to visit his brother. Manuel returned home. ' +
      '"I have lost a son," Ortiz told reporters.';
    expect(nameAt(text, 'Ortiz', 4)).toBe('Manuel Ortiz');
  });
});
