// Article file -> article record. The format is ../shared/docs/corpus-format.md:
// header lines `key value`, then the body. Never throws: every problem becomes
// a warning naming the file (and line), so one bad file loses nothing else.
import { checkPartial } from '../corpus/dates';
import type { Article, Warning } from '../corpus/schema';
import { ledeSpan } from './lede';

export const KNOWN_KEYS = new Set(['date', 'title', 'source', 'author']);
/** Above this an article is kept but flagged: the app loads every body it shows. */
export const LARGE_ARTICLE_BYTES = 1024 * 1024;
/** Above this an article is skipped: it is almost surely not an article. */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;
const TITLE_MAX = 140;

export interface ParseResult {
  article?: Article;
  warnings: Warning[];
}

const HEADER_LINE = /^\s*([a-z][a-z0-9_-]*)[ \t]+(.*)$/;
const DATE_LINE = /^\s*date[ \t]+(\S+)(?:[ \t]+(.*))?$/;

/** Parses one article file. `file` is its path relative to the ingested folder. */
export function parseArticle(bytes: Uint8Array, file: string): ParseResult {
  const warnings: Warning[] = [];
  const warn = (message: string, line?: number) => warnings.push(line === undefined ? { file, message } : { file, line, message });
  const id = articleIdOf(file);

  if (bytes.length === 0) {
    warn('empty file; skipped');
    return { warnings };
  }
  if (bytes.length > MAX_ARTICLE_BYTES) {
    warn(`file is ${mb(bytes.length)}, over the ${mb(MAX_ARTICLE_BYTES)} limit; skipped`);
    return { warnings };
  }

  let raw = decodeUtf8(bytes, (line) => warn('invalid UTF-8; the bad bytes are shown as \uFFFD', line));
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');

  const header = readHeader(lines);
  if (header.date === undefined) {
    warn('no "date YYYY-MM-DD" line in the header; skipped', 1);
    return { warnings };
  }
  const date = header.date.value;
  if (!isValidDay(date)) {
    warn(`impossible date "${date}" (expected a real day as YYYY-MM-DD); skipped`, header.date.line);
    return { warnings };
  }

  const text = [header.bodyHead, ...lines.slice(header.bodyLine)].filter((part, i) => i > 0 || part !== '').join('\n');
  const title = header.fields.title?.trim() || deriveTitle(text);
  if (!text.trim()) {
    if (!title) {
      warn('no body text and no title; skipped', header.bodyLine + 1);
      return { warnings };
    }
    warn('empty body; only the title is shown', header.bodyLine + 1);
  }
  if (bytes.length > LARGE_ARTICLE_BYTES) {
    warn(`large article (${mb(bytes.length)}); kept in full, but it is slow to open`);
  }

  const { title: _t, source, author, date: _d, ...meta } = header.fields;
  const article: Article = { id, date, title, text, file };
  if (source) article.source = source;
  if (author) article.author = author;
  if (Object.keys(meta).length > 0) article.meta = meta;
  return { article, warnings };
}

export function articleIdOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.txt$/i, '');
}

interface Header {
  fields: Record<string, string>;
  date?: { value: string; line: number };
  /** Body text that starts on the date line itself (the seed does this). */
  bodyHead: string;
  /** Index of the first body line in `lines`. */
  bodyLine: number;
}

/**
 * Header lines end at the first blank line or the first line that is not
 * `key value` with a known key. Unknown keys count only in a block closed by
 * a blank line, so a body that starts right under the header is not eaten.
 */
function readHeader(lines: string[]): Header {
  const block: { key: string; value: string; line: number }[] = [];
  let i = 0;
  let bodyHead = '';
  let closedByBlank = false;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') {
      closedByBlank = block.length > 0;
      break;
    }
    const dateMatch = DATE_LINE.exec(line);
    if (dateMatch) {
      block.push({ key: 'date', value: dateMatch[1], line: i + 1 });
      if (dateMatch[2]?.trim()) {
        bodyHead = dateMatch[2].trim();
        i++;
        break;
      }
      continue;
    }
    const m = HEADER_LINE.exec(line);
    if (!m) break;
    block.push({ key: m[1], value: m[2].trim(), line: i + 1 });
  }
  let kept = block;
  if (!closedByBlank) {
    const firstUnknown = block.findIndex((h) => !KNOWN_KEYS.has(h.key));
    if (firstUnknown >= 0) {
      kept = block.slice(0, firstUnknown);
      i = block[firstUnknown].line - 1;
      bodyHead = '';
    }
  } else {
    i++; // the blank line that closes the header
  }
  const fields: Record<string, string> = {};
  let date: Header['date'];
  for (const h of kept) {
    if (h.key === 'date') date ??= { value: h.value, line: h.line };
    else fields[h.key] ??= h.value;
  }
  return { fields, date, bodyHead, bodyLine: i };
}

/** A real day written `YYYY-MM-DD`. */
function isValidDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && checkPartial(value) !== null;
}

/** Decodes strictly first, so a bad byte is reported (with its line) rather than hidden. */
function decodeUtf8(bytes: Uint8Array, onInvalid: (line: number) => void): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    onInvalid(lossy.slice(0, Math.max(at, 0)).split('\n').length);
    return lossy;
  }
}

/** The body's first sentence, shortened at a word boundary. */
export function deriveTitle(text: string): string {
  const clean = text
    .slice(...ledeSpan(text))
    .replace(/\s+/g, ' ')
    .trim();
  if (clean.length <= TITLE_MAX) return clean;
  const cut = clean.slice(0, TITLE_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), TITLE_MAX / 2)).replace(/[,;:]$/, '')}…`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
