// Size budgets (`npm run size`), min+gzip, kB = 1,000 bytes, each about 5% above the size measured
// when it was set (bench/README.md, "Size"). Two kinds:
// - what a desk really adds: React external and every other dependency bundled (zod,
//   react-hook-form, @tanstack/react-query, react-virtual; socket.io-client where the desk's code
//   path loads it). size-limit always leaves a package's peers out of the bundle (`ignore` can only
//   add to them), so these checks set esbuild's `external` themselves (`modifyEsbuildConfig`): that
//   is why the budgets are a .mjs file and not .size-limit.json;
// - the package's own code: every peer external.
//
// Code the package loads with a dynamic import (the reason suggester, socket.io-client) is not in
// the first chunk a desk's bundler makes, but size-limit's esbuild step (no code splitting) would
// inline it: `firstLoad` leaves dynamic imports out, except those named in `loaded` (the socket
// check counts socket.io-client, which createSocketIoTransport({ url }) loads at once).
const firstLoad = (loaded = []) => ({
  name: 'dynamic-imports-load-later',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' && !loaded.includes(args.path) ? { path: args.path, external: true } : undefined));
  },
});
const desk = (external, loaded) => ({ modifyEsbuildConfig: (config) => ({ ...config, external, plugins: [...(config.plugins ?? []), firstLoad(loaded)] }) });
const own = (ignore) => ({ ignore, modifyEsbuildConfig: (config) => ({ ...config, plugins: [...(config.plugins ?? []), firstLoad()] }) });
const peers = ['react', 'react-dom', 'react-hook-form', '@tanstack/react-query', 'zod', 'socket.io-client'];

export default [
  {
    name: "a React desk's lazy chunk, all included but React: { WrapUpProvider, WrapUpPanel, createMemoryTransport } with zod, react-hook-form, @tanstack/react-query and react-virtual (the desk's own transport: socket.io-client is never loaded; what loads later, such as the suggester, left out; goal 35 kB)",
    path: 'dist/index.js',
    import: '{ WrapUpProvider, WrapUpPanel, createMemoryTransport }',
    gzip: true,
    ...desk(['react', 'react-dom', 'socket.io-client']),
    limit: '80 kB',
  },
  {
    name: 'the same with createSocketIoTransport({ url }): socket.io-client included too (loaded with a dynamic import when the transport opens its own socket)',
    path: 'dist/index.js',
    import: '{ WrapUpProvider, WrapUpPanel, createSocketIoTransport }',
    gzip: true,
    ...desk(['react', 'react-dom'], ['socket.io-client']),
    limit: '98 kB',
  },
  {
    name: 'agent-desk-wrapup/core: buildCloseWrapup alone, zod included (goal 12 kB)',
    path: 'dist/core.js',
    import: '{ buildCloseWrapup }',
    gzip: true,
    ...desk([]),
    limit: '12 kB',
  },
  {
    name: 'agent-desk-wrapup/core: buildCloseWrapup and the outbox (createOutbox), zod included',
    path: 'dist/core.js',
    import: '{ buildCloseWrapup, createOutbox }',
    gzip: true,
    ...desk([]),
    limit: '18.7 kB',
  },
  {
    name: 'own code: { WrapUpProvider, WrapUpPanel, createSocketIoTransport } with @tanstack/react-virtual bundled, first load (peers external)',
    path: 'dist/index.js',
    import: '{ WrapUpProvider, WrapUpPanel, createSocketIoTransport }',
    gzip: true,
    ...own(peers),
    limit: '47 kB',
  },
  {
    name: 'own code: agent-desk-wrapup, everything (peers external)',
    path: 'dist/index.js',
    import: '*',
    gzip: true,
    ignore: peers,
    limit: '70 kB',
  },
  {
    name: 'own code: agent-desk-wrapup/core, everything (zod external)',
    path: 'dist/core.js',
    import: '*',
    gzip: true,
    ignore: ['zod'],
    limit: '38 kB',
  },
  {
    name: "own code: agent-desk-wrapup/core's buildCloseWrapup alone (zod external)",
    path: 'dist/core.js',
    import: '{ buildCloseWrapup }',
    gzip: true,
    ignore: ['zod'],
    limit: '5.8 kB',
  },
  {
    name: 'own code: agent-desk-wrapup/transport, everything (zod and socket.io-client external)',
    path: 'dist/transport.js',
    import: '*',
    gzip: true,
    ignore: ['zod', 'socket.io-client'],
    limit: '5.9 kB',
  },
  {
    name: 'agent-desk-wrapup/locales: ar, ur, wrapUpLocales (counts en too, which the main entry shares)',
    path: 'dist/locales.js',
    import: '*',
    gzip: true,
    limit: '5.4 kB',
  },
  {
    name: 'agent-desk-wrapup/simulator (Node; zod and socket.io external)',
    path: 'dist/simulator.js',
    import: '*',
    gzip: true,
    ignore: ['zod', 'socket.io', 'node:http', 'node:net', 'node:crypto'],
    limit: '16.1 kB',
  },
];
