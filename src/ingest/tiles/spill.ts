// Lines spilled to temp files by key, so the builder's first pass keeps only a
// bounded buffer in memory whatever the corpus size: each key's lines are
// appended to its own file when the buffers pass FLUSH_BYTES, and read back
// one key at a time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const FLUSH_BYTES = 32 * 2 ** 20;

export class Spill {
  readonly dir: string;
  private buffers = new Map<number, string[]>();
  private buffered = 0;
  private written = new Set<number>();

  constructor(parent = os.tmpdir()) {
    this.dir = fs.mkdtempSync(path.join(parent, 'dateline-spill-'));
  }

  add(key: number, line: string): void {
    let buffer = this.buffers.get(key);
    if (!buffer) this.buffers.set(key, (buffer = []));
    buffer.push(line);
    this.buffered += line.length + 1;
    if (this.buffered > FLUSH_BYTES) this.flush();
  }

  flush(): void {
    for (const [key, lines] of this.buffers) {
      fs.appendFileSync(this.fileOf(key), lines.join('\n') + '\n');
      this.written.add(key);
    }
    this.buffers.clear();
    this.buffered = 0;
  }

  /** Every key that got a line, ascending. */
  keys(): number[] {
    this.flush();
    return [...this.written].sort((a, b) => a - b);
  }

  /** One key's lines, in the order they were added. */
  read(key: number): string[] {
    const text = fs.readFileSync(this.fileOf(key), 'utf8');
    return text.split('\n').filter((l) => l.length > 0);
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private fileOf(key: number): string {
    return path.join(this.dir, `${key}.ndjson`);
  }
}
