import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';
import { readFileSync } from 'node:fs';

/** Ships the panel's plain CSS as dist/styles.css (`import 'agent-desk-wrapup/styles.css'`). */
const copyStyles = () => ({
  name: 'agent-desk-wrapup:styles',
  generateBundle(this: { emitFile: (f: { type: 'asset'; fileName: string; source: string }) => void }) {
    this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync('src/react/styles.css', 'utf8') });
  },
});

// Library build: ESM + .d.ts. Peers and Node built-ins stay external, so the numbers
// size-limit reports are this package's own code.
export default defineConfig({
  plugins: [react(), copyStyles(), dts({ include: ['src'], exclude: ['src/simulator/cli.ts'], tsconfigPath: './tsconfig.build.json' })],
  build: {
    lib: {
      entry: { index: 'src/index.ts', core: 'src/core/index.ts', locales: 'src/locales/index.ts', simulator: 'src/simulator/index.ts' },
      formats: ['es'],
    },
    sourcemap: true,
    minify: false,
    target: 'es2022',
    rolldownOptions: {
      external: [
        /^node:/,
        /^react($|\/)/,
        /^react-dom($|\/)/,
        /^@tanstack\//,
        'react-hook-form',
        /^@hookform\//,
        /^zod($|\/)/,
        /^socket\.io($|\/)/,
        /^socket\.io-client($|\/)/,
      ],
    },
  },
});
