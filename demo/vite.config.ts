// Vite config of the demo agent desk (`npm start`, scripts/demo-server.mjs). The page imports
// ../src directly, so no build of the package is needed. scripts/demo-server.mjs adds the
// `/demo-config.json` route (which Agent Manager and Unified Admin the page talks to).
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const demoDir = fileURLToPath(new URL('.', import.meta.url));
const repoDir = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: demoDir,
  plugins: [react()],
  // a cache of its own, so the demo and the library build never fight over node_modules/.vite
  cacheDir: fileURLToPath(new URL('../node_modules/.vite-demo', import.meta.url)),
  server: {
    host: '127.0.0.1',
    fs: { allow: [repoDir] },
    // transform the page's modules at start-up, not on the first request
    warmup: { clientFiles: ['./main.tsx'] },
  },
  preview: { host: '127.0.0.1' },
  // everything the page needs, pre-bundled at start-up: no "new dependency found, reloading" mid-session
  optimizeDeps: {
    entries: ['index.html'],
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      '@tanstack/react-query',
      '@tanstack/react-virtual',
      'react-hook-form',
      'zod',
      'socket.io-client',
    ],
  },
  build: { outDir: fileURLToPath(new URL('../node_modules/.demo-dist', import.meta.url)), emptyOutDir: true },
});
