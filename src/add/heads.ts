// An added article in the app's index: its head, its body kept in the page.
import type { Article, ArticleHead } from '../corpus/schema';

/** The `body` of an added article's head: no body file, the text is preloaded from IndexedDB. */
export const LOCAL_BODY = 'local';

export function headOf({ text, ...rest }: Article): ArticleHead {
  return { ...rest, body: LOCAL_BODY, length: text.length };
}
