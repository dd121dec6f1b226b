// Temporary folders for tests that read or write files, removed after each test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/** `dir()`: an empty folder; `folder(files)`: one holding these files (paths may have subfolders). Both gone after each test. */
export function tempFolders(prefix = 'dateline-') {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  const dir = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    dirs.push(d);
    return d;
  };
  const folder = (files: Record<string, string | Uint8Array>) => {
    const d = dir();
    for (const [name, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(d, name)), { recursive: true });
      fs.writeFileSync(path.join(d, name), content);
    }
    return d;
  };
  return { dir, folder };
}
