import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { dateline } from './src/ingest/vite-plugin';

export default defineConfig({
  plugins: [react(), dateline()],
  build: { outDir: process.env.DATELINE_OUT_DIR ?? 'dist', chunkSizeWarningLimit: 1500 },
  server: { port: 5173 },
});
