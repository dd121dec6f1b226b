// Article bodies, fetched when an article is opened and kept for the visit.
import { create } from 'zustand';
import { BODY_FILE_SUFFIX, type BodyFile } from '../corpus/schema';

export type Body = { status: 'loading' } | { status: 'ready'; text: string } | { status: 'failed'; error: string };

export interface BodiesState {
  /** Where the body files live; set at start. */
  baseUrl: string;
  bodies: Map<string, Body>;
  /** Starts loading an article's body file unless the article is loaded or loading. */
  load: (articleId: string, bodyFile: string) => void;
  /** Puts known bodies in place (tests, or a corpus that came with its texts). */
  preload: (texts: Map<string, string>) => void;
  /** The bodies of these articles, fetching the files not yet loaded (exports need every sentence). */
  texts: (articles: Iterable<{ id: string; body: string }>) => Promise<Map<string, string>>;
}

async function fetchBodyFile(baseUrl: string, bodyFile: string): Promise<BodyFile> {
  const res = await fetch(`${baseUrl}${bodyFile}${BODY_FILE_SUFFIX}`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json() as Promise<BodyFile>;
}

export const useBodiesStore = create<BodiesState>()((set, get) => {
  const put = (id: string, body: Body) => set((s) => ({ bodies: new Map(s.bodies).set(id, body) }));
  return {
    baseUrl: '',
    bodies: new Map(),
    load: (articleId, bodyFile) => {
      const known = get().bodies.get(articleId);
      if (known && known.status !== 'failed') return;
      put(articleId, { status: 'loading' });
      fetchBodyFile(get().baseUrl, bodyFile)
        .then((file) => {
          if (typeof file[articleId] !== 'string') throw new Error(`${bodyFile} lacks the article`);
          // The file's other articles come along: keep them for their turn.
          get().preload(new Map(Object.entries(file)));
        })
        .catch((err: Error) => put(articleId, { status: 'failed', error: err.message }));
    },
    preload: (texts) =>
      set((s) => {
        const bodies = new Map(s.bodies);
        for (const [id, text] of texts) bodies.set(id, { status: 'ready', text });
        return { bodies };
      }),
    texts: async (articles) => {
      const wanted = [...articles];
      const ready = (id: string) => get().bodies.get(id)?.status === 'ready';
      const files = new Set(wanted.filter((a) => !ready(a.id)).map((a) => a.body));
      const loaded = await Promise.all([...files].map((f) => fetchBodyFile(get().baseUrl, f)));
      get().preload(new Map(loaded.flatMap((file) => Object.entries(file))));
      const out = new Map<string, string>();
      for (const { id } of wanted) {
        const body = get().bodies.get(id);
        if (body?.status === 'ready') out.set(id, body.text);
      }
      return out;
    },
  };
});
