// Speaker rules: passive agents, possessive names, acronyms defined in parentheses (made-up texts).
import { describe, it, expect } from 'vitest';
import { run } from './helpers';

const speakerOf = (text: string) => {
  const { out } = run(text);
  const q = out.quotes[0];
  return q?.speakerId ? out.actors.find((a) => a.id === q.speakerId) : undefined;
};

describe('speakers', () => {
  it('the agent of a passive speech verb speaks', () => {
    const s = speakerOf('Jane Doe was described by the Zentrix Holdings as "a tireless worker for the town".');
    expect(s?.name).toBe('Zentrix Holdings');
  });

  it('a possessive name only qualifies the speaker after the quote', () => {
    const s = speakerOf('"We lost a friend and a brother," writes Doe\'s longtime partner Erick Rowan on Instagram.');
    expect(s?.name).toBe('Erick Rowan');
  });

  it('an acronym defined in parentheses is the same actor', () => {
    const { out } = run('The Northern Farmers Union (NFU) met on Monday. The NFU said "prices must rise this year for all of us".');
    const s = out.actors.find((a) => a.id === out.quotes[0]?.speakerId);
    expect(s?.name).toBe('Northern Farmers Union');
    expect(s?.aliases).toContain('NFU');
  });
});
