import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import fs from 'node:fs';
import { extractorVersion } from './src/ingest/extract-cache';
import { firstNounSenses } from './src/ingest/extract/noun-senses';
import { dateline } from './src/ingest/vite-plugin';

/**
 * The production page may run only the app's own scripts: article text that
 * slipped into markup still could not execute. (The dev server needs an inline
 * preamble for hot reload, so the policy is added to builds only.)
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Who may show the app in an <iframe> (`?embed=1`): anyone by default. A
 * browser ignores `frame-ancestors` in a <meta> policy, so it goes in an HTTP
 * header: set by `vite preview` and the dev server, and written to
 * `dist/_headers` for hosts that read that file (Netlify, Cloudflare Pages).
 * `DATELINE_FRAME_ANCESTORS="'self' https://news.example"` restricts it.
 */
const FRAME_ANCESTORS = process.env.DATELINE_FRAME_ANCESTORS ?? '*';
const FRAMING_HEADERS = { 'Content-Security-Policy': `frame-ancestors ${FRAME_ANCESTORS}` };

function contentSecurityPolicy(): Plugin {
  return {
    name: 'dateline-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: `/*\n  Content-Security-Policy: ${CSP}; frame-ancestors ${FRAME_ANCESTORS}\n`,
      });
    },
  };
}

/** The extraction chunk's WordNet: the sense index cut to first noun senses (a tenth of its 7 MB), made once per build. */
function firstNounSensesPlugin(): Plugin {
  const suffix = '?first-noun-senses';
  return {
    name: 'dateline-first-noun-senses',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (!id.endsWith(suffix)) return null;
      const file = await this.resolve(id.slice(0, -suffix.length), importer, { skipSelf: true });
      return file ? file.id + suffix : null;
    },
    load(id) {
      if (!id.endsWith(suffix)) return null;
      const file = id.slice(0, -suffix.length);
      const data = fs.readFileSync(file.replace(/index\.sense$/, 'data.noun'));
      return `export default ${JSON.stringify(firstNounSenses(fs.readFileSync(file, 'utf8'), data))};`;
    },
  };
}

export default defineConfig({
  plugins: [react(), dateline(), contentSecurityPolicy(), firstNounSensesPlugin()],
  resolve: {
    // vis-timeline's HTML sanitizer is replaced by plain escaping: see the module.
    alias: [
      { find: 'xss', replacement: fileURLToPath(new URL('./src/timeline/inert-html.ts', import.meta.url)) },
      // The extraction worker bundles the word list the Node ingest reads from disk (see the module).
      {
        find: /^\.\/dictionary-text$/,
        replacement: fileURLToPath(new URL('./src/ingest/extract/dictionary-text.browser.ts', import.meta.url)),
      },
      {
        find: /^\.\/noun-senses-text$/,
        replacement: fileURLToPath(new URL('./src/ingest/extract/noun-senses-text.browser.ts', import.meta.url)),
      },
      // The package exports only its Node reader; the file itself is what both read.
      {
        find: /^dictionary-en\/index\.dic/,
        replacement: fileURLToPath(new URL('./node_modules/dictionary-en/index.dic', import.meta.url)),
      },
    ],
  },
  // The extractor's version (the hash the Node cache keys on): articles kept in a browser by an older one are read again.
  define: { __DATELINE_EXTRACTOR__: JSON.stringify(extractorVersion()) },
  // The extraction worker (src/add) is an ES module: it shares the ingest's modules and loads as one chunk of its own.
  worker: { format: 'es', plugins: () => [firstNounSensesPlugin()] },
  build: { outDir: process.env.DATELINE_OUT_DIR ?? 'dist', chunkSizeWarningLimit: 1500 },
  server: { port: 5173, headers: FRAMING_HEADERS },
  preview: { headers: FRAMING_HEADERS },
});
