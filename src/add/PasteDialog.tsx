// "Paste article": a date, an optional title and the body, added as an
// article file would be (the same parser, the same warnings).
import { useState } from 'react';
import { useModal } from '../app/use-modal';
import { useCorpusStore } from '../store/corpus-store';
import { useAddStore } from './add-store';

/** The article file the form stands for, in the corpus format (header lines, a blank line, the body). */
export function pastedFile(date: string, title: string, body: string, taken: (name: string) => boolean): File {
  const oneLine = title.replace(/\s+/g, ' ').trim();
  const slug =
    (oneLine || body.slice(0, 60))
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'article';
  let name = `pasted-${date}-${slug}.txt`;
  for (let i = 2; taken(name.replace(/\.txt$/, '')); i++) name = `pasted-${date}-${slug}-${i}.txt`;
  const header = [`date ${date}`, ...(oneLine ? [`title ${oneLine}`] : [])].join('\n');
  return new File([`${header}\n\n${body}\n`], name, { type: 'text/plain' });
}

export function PasteDialog() {
  const open = useAddStore((s) => s.pasteOpen);
  const setOpen = useAddStore((s) => s.setPasteOpen);
  const ref = useModal(open);
  const [date, setDate] = useState('');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const ids = new Set(useCorpusStore.getState().index.corpus.articles.map((a) => a.id));
    const file = pastedFile(date, title, body, (id) => ids.has(id));
    setOpen(false);
    setTitle('');
    setBody('');
    void import('./local-corpus').then((m) => m.addFiles([{ path: file.name, file }]));
  };
  return (
    <dialog ref={ref} className="dl-dialog dl-paste" aria-labelledby="dl-paste-title" onClose={() => setOpen(false)}>
      <h2 id="dl-paste-title">Paste article</h2>
      <form onSubmit={submit}>
        <label>
          Date <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <label>
          Title <span className="dl-muted">(optional: else its first sentence)</span>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Text
          <textarea required rows={12} value={body} onChange={(e) => setBody(e.target.value)} />
        </label>
        <p className="dl-muted">The article stays in this browser: nothing is uploaded.</p>
        <div className="dl-paste-actions">
          <button type="button" className="dl-button dl-text-button" onClick={() => setOpen(false)}>
            Cancel
          </button>
          <button type="submit" className="dl-button dl-text-button dl-primary">
            Add article
          </button>
        </div>
      </form>
    </dialog>
  );
}
