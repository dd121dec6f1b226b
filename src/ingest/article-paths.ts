// Which files of a folder are articles: one rule for the Node ingest (files.ts)
// and for the files a reader adds in the page. Pure.
import type { Warning } from '../corpus/schema';

/** The reader's corrections to the actors (resolve/overrides.ts reads it): part of the folder, not a stray file. */
export const OVERRIDES_FILE = 'dateline.actors.json';

// Documentation beside the articles (a corpus README, its license) is expected
// and not worth a warning; any other stray file is.
const DOC_FILE = /(^|\/)(readme|license|licence|copying)[^/]*$|\.md$/i;

export const SKIPPED_DIRS = new Set(['node_modules']);

/** Formats people save articles in that are not plain text: named, so the reader knows to export them as .txt. */
const NOT_TEXT: [RegExp, string][] = [
  [/\.pdf$/i, 'a PDF'],
  [/\.(docx?|odt|rtf|pages)$/i, 'a word-processor document'],
  [/\.(png|jpe?g|gif|webp|avif|bmp|tiff?|heic|svg)$/i, 'an image'],
  [/\.(html?|xml|json)$/i, 'markup, not plain text'],
];

/** A hidden file or folder (a dot name): skipped without a word. */
export const isHidden = (name: string): boolean => name.startsWith('.');

/**
 * One file of the folder (path relative to it, `/` separators): `article` to
 * read, or `skip` (documentation, the reader's corrections), or a warning
 * saying why it is not read.
 */
export function classifyPath(rel: string): 'article' | 'skip' | Warning {
  if (/\.txt$/i.test(rel)) return 'article';
  if (DOC_FILE.test(rel) || rel === OVERRIDES_FILE) return 'skip';
  const kind = NOT_TEXT.find(([re]) => re.test(rel))?.[1];
  return { file: rel, message: kind ? `${kind}, not a .txt article; ignored (save it as plain text)` : 'not a .txt article; ignored' };
}
