// A reader's own articles, added in the page (issue 11): read in Web Workers,
// joined to the bundled corpus, kept in IndexedDB, removable; bad files warned
// about by name; nothing sent anywhere while adding.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, region, sharedBrowser } from './browser';

const browser = sharedBrowser();
const seed = () => inject('urls').seed;
const wikinews = () => inject('urls').wikinews;

const WIKINEWS = 'examples/wikinews/articles';
const TWENTY = readdirSync(WIKINEWS)
  .filter((f) => f.endsWith('.txt'))
  .slice(40, 60)
  .map((f) => path.resolve(WIKINEWS, f));
const titleOf = (file: string) => /^title (.*)$/m.exec(readFileSync(file, 'utf8'))![1].trim();

/** The number of articles the top bar counts. */
const articles = async (page: Page) =>
  Number(/([\d,]+) articles?\b/.exec((await page.locator('.dl-counts').textContent()) ?? '')?.[1].replace(/,/g, ''));

async function openAddMenu(page: Page) {
  await page.getByRole('button', { name: 'Add articles' }).click();
  return page.getByRole('menu', { name: 'Add articles' });
}

/** Adds files through the file input, as the reader's picker would. */
async function addFiles(page: Page, files: Parameters<Page['setInputFiles']>[1]) {
  await page.locator('#dl-add-files').setInputFiles(files);
}

async function warningsText(page: Page): Promise<string> {
  const warnings = page.locator('.dl-topbar .dl-warnings');
  await warnings.locator('summary').click();
  return (await warnings.textContent()) ?? '';
}

describe('adding articles in the page', () => {
  it('adds 20 wikinews articles through the file input, keeps them across a reload, removes them, and sends nothing', async () => {
    const { page, errors } = await openPage(browser(), seed());
    expect(await articles(page)).toBe(1);
    const origin = new URL(seed()).origin;
    const requests: { url: string; method: string; body: string | null }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));

    await openAddMenu(page);
    await addFiles(page, TWENTY);
    await page.getByRole('progressbar', { name: 'Reading articles' }).waitFor({ timeout: 10_000 });
    await expect.poll(() => articles(page), { timeout: 45_000 }).toBe(21);

    // The code of the extraction (its worker and chunks) is all that was fetched: no request carries any article text.
    const texts = TWENTY.map((f) => readFileSync(f, 'utf8').split('\n').at(-2)!.slice(0, 40));
    for (const r of requests) {
      expect(r.method).toBe('GET');
      expect(r.body).toBeNull();
      expect(new URL(r.url).origin).toBe(origin);
      expect(new URL(r.url).pathname).toMatch(/^\/assets\//);
      for (const t of texts) expect(decodeURIComponent(r.url)).not.toContain(t);
    }

    const check = async () => {
      await page.keyboard.press('0'); // Fit all: the added articles are years before the seed's
      const titles = TWENTY.map(titleOf);
      await expect
        .poll(
          async () =>
            (await page.locator('.dl-timeline .vis-item').allTextContents()).some((t) => titles.some((x) => t.includes(x.slice(0, 30)))),
          { timeout: 10_000 },
        )
        .toBe(true);
      const quotes = await region(page, 'Quotes').locator('q').allTextContents();
      const all = TWENTY.map((f) => readFileSync(f, 'utf8').replace(/\s+/g, ' ')).join('\n');
      expect(quotes.filter((q) => all.includes(q.replace(/\s+/g, ' ').slice(0, 30))).length).toBeGreaterThan(0);
      // Search finds them, and a result opens the added article's event.
      await page.locator('#dl-search').fill('Furnal Equinox');
      const result = page.getByRole('option').filter({ hasText: "Fur fans flock to Toronto's Furnal Equinox 2019" }).first();
      await result.click();
      await expect.poll(() => page.locator('#dl-event-title').textContent()).toBe("Fur fans flock to Toronto's Furnal Equinox 2019");
      await page.locator('#dl-search').fill('');
    };
    expect(requests.some((r) => r.url.includes('/extract.worker'))).toBe(true);
    await check();

    // The next visit shows the union kept from this one: no worker starts.
    const onReload: string[] = [];
    page.on('request', (r) => onReload.push(r.url()));
    await page.reload();
    await page.locator('.vis-item').first().waitFor();
    expect(await articles(page)).toBe(21);
    expect(onReload.filter((u) => u.includes('/extract.worker'))).toEqual([]);
    await check();

    page.once('dialog', (d) => void d.accept());
    await (await openAddMenu(page)).getByRole('menuitem', { name: 'Remove my articles (20)' }).click();
    await expect.poll(() => articles(page)).toBe(1);
    await page.reload();
    await page.locator('.vis-item').first().waitFor();
    expect(await articles(page)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('adds a dropped folder', async () => {
    const { page, errors } = await openPage(browser(), seed());
    const files = TWENTY.slice(0, 3).map((f) => ({ name: path.basename(f), text: readFileSync(f, 'utf8') }));
    await page.evaluate((list) => {
      const data = new DataTransfer();
      for (const f of list) data.items.add(new File([f.text], f.name, { type: 'text/plain' }));
      document.querySelector('.dl-timeline')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, files);
    await expect.poll(() => articles(page), { timeout: 45_000 }).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a pasted article joins the corpus: its "Trump" is the Donald Trump of the bundled articles', async () => {
    const { page, errors } = await openPage(browser(), wikinews());
    await page.keyboard.press('p');
    const dialog = page.getByRole('dialog', { name: 'Paste article' });
    await dialog.getByLabel('Date').fill('2020-10-02');
    await dialog.getByLabel('Title').fill('Trump speaks at a rally');
    await dialog
      .getByLabel('Text')
      .fill('President Trump spoke to supporters in Ohio on Friday. "We will win this state again," Trump told the crowd of thousands.');
    await dialog.getByRole('button', { name: 'Add article' }).click();
    await expect.poll(() => articles(page), { timeout: 45_000 }).toBe(296);
    await page.goto(`${wikinews()}?from=2020-10-01&to=2020-10-04`);
    await page.locator('.vis-item').first().waitFor();
    const quote = region(page, 'Quotes').getByRole('listitem').filter({ hasText: 'We will win this state again' });
    await expect.poll(() => quote.locator('.dl-chip').first().textContent()).toBe('Donald Trump');

    // A link to the added event opens it in this browser; another browser, which lacks it, says so and shows the rest.
    const link = `${wikinews()}?event=${encodeURIComponent('pasted-2020-10-02-trump-speaks-at-a-rally.published')}`;
    await page.goto(link);
    await expect.poll(() => page.locator('#dl-event-title').textContent(), { timeout: 20_000 }).toBe('Trump speaks at a rally');
    const other = await openPage(browser(), link);
    await expect.poll(() => other.page.locator('.dl-notices').textContent()).toContain('no such event in this corpus');
    expect(await articles(other.page)).toBe(295);
    await other.page.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('articles kept by an older extractor are read again on the next visit', async () => {
    const { page, errors } = await openPage(browser(), seed());
    await addFiles(page, TWENTY.slice(0, 2));
    await expect.poll(() => articles(page), { timeout: 45_000 }).toBe(3);
    const events = await page.locator('.dl-counts').textContent();
    // The app was rebuilt with another extractor since: each record says an older version made it, and has no extraction left.
    await page.evaluate(`new Promise((resolve, reject) => {
      const open = indexedDB.open('dateline-added:seeds');
      open.onsuccess = () => {
        const tx = open.result.transaction('articles', 'readwrite');
        const store = tx.objectStore('articles');
        store.getAll().onsuccess = (e) => {
          for (const k of e.target.result) store.put({ ...k, extractor: 'older', extraction: { ...k.extraction, events: [], quotes: [] } });
        };
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    })`);
    await page.reload();
    await page.locator('.vis-item').first().waitFor();
    expect(await page.locator('.dl-counts').textContent()).toBe(events);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a full storage is said in words; the articles are shown for this visit', async () => {
    const { page } = await openPage(browser(), seed());
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await addFiles(page, TWENTY.slice(0, 2));
    await expect.poll(() => articles(page), { timeout: 45_000 }).toBe(3);
    expect(await page.locator('.dl-notices').textContent()).toContain("This browser's storage for the page is full");
    await page.reload();
    await page.locator('.vis-item').first().waitFor();
    expect(await articles(page)).toBe(1);
    await page.close();
  });

  it('names every bad file in the warnings list and adds the good ones; hostile text stays text', async () => {
    const { page, errors } = await openPage(browser(), seed());
    const file = (name: string, text: string | Buffer, mimeType = 'text/plain') => ({
      name,
      mimeType,
      buffer: Buffer.isBuffer(text) ? text : Buffer.from(text),
    });
    const hostile =
      'date 2021-05-05\ntitle <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">\n\n' +
      '<b>Bold</b> claims from <a href="javascript:window.__pwned=3">Mallory</a>. ' +
      '"Click <img src=x onerror=window.__pwned=4>," said Mallory.';
    await addFiles(page, [
      file('good.txt', 'date 2021-05-04\ntitle A good article\n\nThe council met in Leeds on Tuesday.'),
      file('no-date.txt', 'title No date here\n\nSome text.'),
      file('bad-date.txt', 'date 2021-02-30\n\nText.'),
      file('empty.txt', ''),
      file('latin1.txt', Buffer.from([...Buffer.from('date 2021-05-06\n\nCaf'), 0xe9, ...Buffer.from(' au lait.')])),
      file('000_68410f3086cc2d37.txt', 'date 2024-06-19\n\nA copy of the seed.'),
      file('huge.txt', `date 2021-05-07\n\n${'word '.repeat(1_100_000)}`),
      file('report.pdf', Buffer.from('%PDF-1.4'), 'application/pdf'),
      file('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png'),
      file('hostile.txt', hostile),
    ]);
    await expect.poll(() => articles(page), { timeout: 45_000 }).toBe(5);
    const text = await warningsText(page);
    expect(text).toMatch(/no-date\.txt.*no "date YYYY-MM-DD" line/);
    expect(text).toMatch(/bad-date\.txt.*impossible date "2021-02-30"/);
    expect(text).toMatch(/empty\.txt.*empty file/);
    expect(text).toMatch(/latin1\.txt.*invalid UTF-8/);
    expect(text).toMatch(/000_68410f3086cc2d37\.txt.*duplicate id .*already in the corpus/);
    expect(text).toMatch(/huge\.txt.*large article \(5\.2 MB\)/);
    expect(text).toMatch(/report\.pdf.*a PDF, not a \.txt article/);
    expect(text).toMatch(/photo\.png.*an image, not a \.txt article/);

    // The hostile article, opened: its markup is shown as text and nothing ran.
    await page.goto(`${seed()}?from=2021-05-01&to=2021-05-10`);
    await page.locator('.vis-item').first().waitFor();
    await page.locator('.vis-item', { hasText: '<script>' }).first().click();
    await expect.poll(() => page.locator('#dl-event-title').textContent()).toContain('<script>window.__pwned = 1</script>');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.dl-app script, .dl-app img[src="x"], .dl-app a[href^="javascript"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a folder with subfolders, through the folder input: every .txt below it, as the Node ingest reads a folder', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dateline-folder-'));
    const put = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), text);
    };
    put('a.txt', readFileSync(TWENTY[0], 'utf8'));
    put('2019/b.txt', readFileSync(TWENTY[1], 'utf8'));
    put('2019/may/c.txt', readFileSync(TWENTY[2], 'utf8'));
    put('README.md', '# My clippings');
    put('.drafts/d.txt', readFileSync(TWENTY[3], 'utf8'));
    put('2019/notes.docx', 'PK');
    try {
      const { page, errors } = await openPage(browser(), seed());
      await page.locator('#dl-add-folder').setInputFiles(dir);
      await expect.poll(() => articles(page), { timeout: 45_000 }).toBe(4);
      const text = await warningsText(page);
      expect(text).toMatch(/2019\/notes\.docx.*a word-processor document, not a \.txt article/);
      expect(text).not.toMatch(/README|drafts/);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('2,000 files at once', async () => {
    const { page, errors } = await openPage(browser(), seed());
    const files = Array.from({ length: 2000 }, (_, i) => ({
      name: `note-${String(i).padStart(4, '0')}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`date 2021-03-${String((i % 28) + 1).padStart(2, '0')}\n\nThe council of Leeds met for the ${i + 1}th time.`),
    }));
    await addFiles(page, files);
    await expect.poll(() => articles(page), { timeout: 150_000, interval: 1000 }).toBe(2001);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('Cancel adds nothing', async () => {
    const { page } = await openPage(browser(), seed());
    await addFiles(page, TWENTY);
    const bar = page.getByRole('progressbar', { name: 'Reading articles' });
    await bar.waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => bar.count()).toBe(0);
    await expect.poll(() => page.locator('.dl-notices').textContent()).toContain('nothing was added');
    expect(await articles(page)).toBe(1);
    await page.reload();
    await page.locator('.vis-item').first().waitFor();
    expect(await articles(page)).toBe(1);
    await page.close();
  });
});
