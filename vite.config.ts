import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Paths are resolved from this file so the build works whatever the current directory.
const fromHere = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: fromHere('./src/web'),
  plugins: [react()],
  build: {
    outDir: fromHere('./dist/web'),
    emptyOutDir: true,
    // The CSP allows only same-origin scripts: keep everything in external files.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
