// Lines spilled to temp files by key, so the builder's first pass keeps only a
// bounded buffer in memory whatever the corpus size: each key's lines are
// appended to its own file when the buffers pass FLUSH_BYTES, and read back
// one key at a time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';

const FLUSH_BYTES = 32 * 2 ** 20;
/**
 * Read back in chunks of this size: one key's file may pass V8's longest string (512 MB), the most frequent
 * actor's at a million articles.
 */
const READ_BYTES = 16 * 2 ** 20;

export class Spill {
  readonly dir: string;
  private buffers = new Map<number, string[]>();
  private buffered = 0;
  private written = new Set<number>();

  constructor(
    parent = os.tmpdir(),
    private readBytes = READ_BYTES,
  ) {
    // `npm run tiles -- --tmp <dir>` may name a folder not made yet.
    fs.mkdirSync(parent, { recursive: true });
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
    const lines: string[] = [];
    const fd = fs.openSync(this.fileOf(key), 'r');
    try {
      const chunk = Buffer.allocUnsafe(this.readBytes);
      // The decoder keeps a UTF-8 character cut by a chunk's end for the next chunk.
      const decoder = new StringDecoder('utf8');
      let rest = '';
      for (let n; (n = fs.readSync(fd, chunk, 0, this.readBytes, null)) > 0;) {
        const parts = (rest + decoder.write(chunk.subarray(0, n))).split('\n');
        rest = parts.pop()!;
        for (const line of parts) if (line.length > 0) lines.push(line);
      }
      rest += decoder.end();
      if (rest.length > 0) lines.push(rest);
    } finally {
      fs.closeSync(fd);
    }
    return lines;
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private fileOf(key: number): string {
    return path.join(this.dir, `${key}.ndjson`);
  }
}
