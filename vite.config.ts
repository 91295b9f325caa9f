import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import dts from 'vite-plugin-dts';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Ships the panel's plain CSS as dist/styles.css (`import 'agent-desk-wrapup/styles.css'`). */
const copyStyles = () => ({
  name: 'agent-desk-wrapup:styles',
  generateBundle(this: { emitFile: (f: { type: 'asset'; fileName: string; source: string }) => void }) {
    this.emitFile({ type: 'asset', fileName: 'styles.css', source: readFileSync('src/react/styles.css', 'utf8') });
    // a declaration for the side-effect import: TypeScript 6 refuses an import it finds no types for
    this.emitFile({ type: 'asset', fileName: 'styles.css.d.ts', source: '// The panel\'s stylesheet: imported for its effect only.\nexport {};\n' });
  },
});

const root = import.meta.dirname;
const src = join(root, 'src');
const dist = join(root, 'dist');

/**
 * The emitted .d.ts files keep the sources' extensionless relative imports ('./core'), which
 * node16/nodenext resolution rejects and which resolve './core' to dist/core.js instead of
 * dist/core/index.d.ts. Each relative specifier is rewritten to the file it names in src:
 * './x' → './x.js' when src has x.ts(x), './x/index.js' when it has x/index.ts.
 */
function withJsExtensions(dtsPath: string, content: string): string {
  const sourceDir = join(src, relative(dist, dirname(resolve(dtsPath))));
  const fix = (spec: string): string => {
    if (!spec.startsWith('.') || /\.(js|mjs|cjs|json|css)$/.test(spec)) return spec;
    const target = resolve(sourceDir, spec);
    if (['.ts', '.tsx', '.d.ts'].some((ext) => existsSync(target + ext))) return `${spec}.js`;
    if (['index.ts', 'index.tsx', 'index.d.ts'].some((f) => existsSync(join(target, f)))) return `${spec.replace(/\/$/, '')}/index.js`;
    throw new Error(`${dtsPath}: cannot resolve the relative import '${spec}' against ${sourceDir}`);
  };
  return content
    .replace(/(\bfrom\s*)(['"])(\.[^'"]*)\2/g, (_m, pre: string, q: string, spec: string) => `${pre}${q}${fix(spec)}${q}`)
    .replace(/(\bimport\s*\(\s*)(['"])(\.[^'"]*)\2/g, (_m, pre: string, q: string, spec: string) => `${pre}${q}${fix(spec)}${q}`)
    .replace(/(^|\n)(\s*import\s*)(['"])(\.[^'"]*)\3/g, (_m, nl: string, pre: string, q: string, spec: string) => `${nl}${pre}${q}${fix(spec)}${q}`);
}

// Library build: ESM + .d.ts, one file per source module (preserveModules), so a desk's bundler
// drops the modules it does not use whole (the package has no side effects), whatever their
// top-level statements: a chunk that merged them kept every statement it could not prove pure,
// such as a schema another module builds with zod's classic API (issue 16). Peers and Node
// built-ins stay external; @tanstack/react-virtual (and its virtual-core) is bundled, so a
// React desk installs nothing beyond the peers and `npm install agent-desk-wrapup zod` brings
// no React package.
export default defineConfig({
  logLevel: 'warn',
  plugins: [
    react(),
    copyStyles(),
    dts({
      include: ['src'],
      exclude: ['src/simulator/cli.ts'],
      tsconfigPath: './tsconfig.build.json',
      beforeWriteFile: (filePath, content) => ({ filePath, content: withJsExtensions(filePath, content) }),
    }),
  ],
  build: {
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        transport: 'src/transport/index.ts',
        locales: 'src/locales/index.ts',
        simulator: 'src/simulator/index.ts',
      },
      formats: ['es'],
    },
    sourcemap: true,
    minify: false,
    target: 'es2022',
    reportCompressedSize: false,
    rolldownOptions: {
      checks: { pluginTimings: false },
      output: {
        // React Server Component frameworks: the React entry is client code. Only dist/index.js:
        // core, transport, locales and simulator stay importable from server code.
        banner: (chunk) => (chunk.isEntry && chunk.name === 'index' ? "'use client';" : ''),
        preserveModules: true,
        preserveModulesRoot: 'src',
        // bundled @tanstack/react-virtual: npm never packs a folder named node_modules
        entryFileNames: (chunk) => `${chunk.name.replace(/^(.*\/)?node_modules\//, 'vendor/')}.js`,
      },
      external: [
        /^node:/,
        /^react($|\/)/,
        /^react-dom($|\/)/,
        /^@tanstack\/react-query($|\/)/,
        'react-hook-form',
        /^@hookform\//,
        /^zod($|\/)/,
        /^socket\.io($|\/)/,
        /^socket\.io-client($|\/)/,
      ],
    },
  },
});
