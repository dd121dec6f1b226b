// Prettier wraps code at 140 columns but leaves strings, regexes and comments
// whole, so long lines come back unless something counts them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAX = 140;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FOLDERS = ['src', 'test', 'scripts', 'bench'];
const SOURCE = /\.(?:ts|tsx|mjs)$/;

/** `file:line (length)` of every line over `MAX` characters (code points) in the source files under `folders` of `root`. */
function longLines(root: string, folders: string[]): string[] {
  const out: string[] = [];
  for (const folder of folders) {
    const dir = path.join(root, folder);
    if (!fs.existsSync(dir)) continue;
    const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => SOURCE.test(f));
    for (const file of files.sort()) {
      const rel = path.posix.join(folder, file.split(path.sep).join('/'));
      fs.readFileSync(path.join(dir, file), 'utf8')
        .split(/\r?\n/)
        .forEach((line, i) => {
          const length = [...line].length;
          if (length > MAX) out.push(`${rel}:${i + 1} (${length})`);
        });
    }
  }
  return out;
}

describe('code health', () => {
  it(`no source line is over ${MAX} characters`, () => {
    const over = longLines(ROOT, FOLDERS);
    expect(over, `lines over ${MAX} characters (wrap comments, split strings, build long regexes from pieces)`).toEqual([]);
  });

  it('names the file and line of a long line', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'dateline-health-'));
    try {
      fs.mkdirSync(path.join(root, 'src', 'deep'), { recursive: true });
      fs.writeFileSync(path.join(root, 'src', 'deep', 'a.ts'), `const a = 1;\n// ${'x'.repeat(MAX)}\n// ${'é'.repeat(MAX - 3)}\n`);
      fs.writeFileSync(path.join(root, 'src', 'b.json'), 'x'.repeat(MAX + 1));
      expect(longLines(root, ['src', 'missing'])).toEqual([`src/deep/a.ts:2 (${MAX + 3})`]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
