import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Spill } from '../../../src/ingest/tiles/spill';
import { tempFolders } from '../temp-folders';

const { dir } = tempFolders('dateline-spill-test-');

describe('Spill', () => {
  it('reads back each key’s lines in order, whole, when chunks cut lines and UTF-8 characters', () => {
    // 7-byte chunks: every line and most of the multi-byte characters below straddle one.
    const spill = new Spill(dir(), 7);
    const lines = ['Zoë Saldaña said “hello”', '', 'plain', '東京 → Ōsaka', 'x'.repeat(40)];
    for (const line of lines) spill.add(line === 'plain' ? 2 : 1, line);
    expect(spill.keys()).toEqual([1, 2]);
    expect(spill.read(1)).toEqual(lines.filter((l) => l !== 'plain' && l !== ''));
    expect(spill.read(2)).toEqual(['plain']);
    spill.remove();
  });

  it('makes its parent folder when it is not there yet', () => {
    const parent = path.join(dir(), 'not', 'yet');
    const spill = new Spill(parent);
    spill.add(3, 'line');
    expect(spill.keys()).toEqual([3]);
    expect(spill.read(3)).toEqual(['line']);
    expect(path.dirname(spill.dir)).toBe(parent);
    spill.remove();
  });

  it('keeps lines added after a flush after those before it', () => {
    const spill = new Spill(dir(), 5);
    spill.add(0, 'first');
    spill.flush();
    spill.add(0, 'second');
    expect(spill.read(0).length).toBe(1); // the second is still buffered
    expect(spill.keys()).toEqual([0]);
    expect(spill.read(0)).toEqual(['first', 'second']);
    spill.remove();
  });
});
