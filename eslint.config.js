import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const reactSide = ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-hook-form', '@tanstack/react-query', '@tanstack/react-virtual', '@hookform/*'];
// Browser globals core must not touch: it runs in Node, workers and tests alike.
const domGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'HTMLElement', 'Element', 'Node', 'requestAnimationFrame', 'BroadcastChannel'].map(
  (name) => ({ name, message: 'src/core is pure TypeScript: inject it (e.g. storage) instead of reading a DOM global.' }),
);

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'coverage', 'bench/results.json', 'bench/results', '.tmp', 'api', 'test/types'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  reactHooks.configs.flat['recommended-latest'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // These two only speak to React Compiler users: react-hook-form and react-virtual return
      // functions the compiler cannot memoise, by design. The other React Compiler rules stay on.
      'react-hooks/preserve-manual-memoization': 'off',
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // no import cycles in the package: layers point down, and inside a layer modules form a tree
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: reactSide, message: 'src/core has no React: move this to src/react.' },
            { group: ['socket.io', 'socket.io-client', '../transport', '../transport/*', '../react', '../react/*', '../simulator', '../simulator/*'], message: 'src/core imports nothing above it (layers point down).' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['src/transport/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...reactSide, '../react', '../react/*', '../simulator', '../simulator/*'], message: 'src/transport sits below src/react and beside the simulator.' }] }],
    },
  },
  {
    files: ['src/simulator/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...reactSide, '../transport', '../transport/*', '../react', '../react/*', 'socket.io-client'], message: 'src/simulator imports only src/core.' }] }],
    },
  },
  {
    // asymmetric matchers (expect.stringMatching, …) are typed any
    files: ['test/**', 'stories/**'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off', '@typescript-eslint/require-await': 'off' },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
);
