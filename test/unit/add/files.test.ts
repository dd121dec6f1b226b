// Which added files are articles (the Node ingest's rule), and the file a pasted article becomes.
import { describe, expect, it } from 'vitest';
import { pastedFile } from '../../../src/add/PasteDialog';
import { classifyPath } from '../../../src/ingest/article-paths';
import { parseArticle } from '../../../src/ingest/parse';

describe('classifyPath', () => {
  it('reads .txt articles, skips documentation and the corrections file, names what is not text', () => {
    expect(classifyPath('a.txt')).toBe('article');
    expect(classifyPath('sub/B.TXT')).toBe('article');
    expect(classifyPath('README.md')).toBe('skip');
    expect(classifyPath('dateline.actors.json')).toBe('skip');
    expect(classifyPath('report.pdf')).toEqual({
      file: 'report.pdf',
      message: 'a PDF, not a .txt article; ignored (save it as plain text)',
    });
    expect(classifyPath('notes.docx')).toMatchObject({ message: expect.stringMatching(/^a word-processor document/) });
    expect(classifyPath('x/photo.JPG')).toMatchObject({ file: 'x/photo.JPG', message: expect.stringMatching(/^an image/) });
    expect(classifyPath('data.bin')).toMatchObject({ message: 'not a .txt article; ignored' });
  });
});

describe('pastedFile', () => {
  it('writes the corpus format the parser reads back: date, title, body', async () => {
    const file = pastedFile('2020-10-02', ' Trump  speaks\nat a rally ', 'He spoke.\n\nThen he left.', () => false);
    expect(file.name).toBe('pasted-2020-10-02-trump-speaks-at-a-rally.txt');
    const { article, warnings } = parseArticle(new Uint8Array(await file.arrayBuffer()), file.name);
    expect(warnings).toEqual([]);
    expect(article).toMatchObject({
      id: 'pasted-2020-10-02-trump-speaks-at-a-rally',
      date: '2020-10-02',
      title: 'Trump speaks at a rally',
    });
    expect(article!.text).toBe('He spoke.\n\nThen he left.\n');
  });

  it('takes a name no article has, and a title from the body when none is given', async () => {
    const taken = new Set(['pasted-2020-10-02-he-spoke']);
    const file = pastedFile('2020-10-02', '', 'He spoke.', (id) => taken.has(id));
    expect(file.name).toBe('pasted-2020-10-02-he-spoke-2.txt');
    const { article } = parseArticle(new Uint8Array(await file.arrayBuffer()), file.name);
    expect(article!.title).toBe('He spoke.');
  });
});
