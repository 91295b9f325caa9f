// Size of the published entries: each bundled with esbuild (minified ESM) from dist/, then gzip
// (zlib level 9) and brotli (quality 11). Two variants:
// - "own code": every package.json dependency and peerDependency external (what this package adds);
// - "all included but React" (issue 16): what a desk really adds, React external and every other
//   package bundled (zod, react-hook-form, @tanstack/react-query, react-virtual; socket.io-client only
//   where the desk's code path loads it), for the imports a desk makes: the panel with its own
//   transport, the same with createSocketIoTransport({ url }), /core's buildCloseWrapup alone and
//   with the outbox. The same checks are budgets in .size-limit.mjs.
// process.env.NODE_ENV is defined as "production", so dev-only code is measured as a production app
// ships it (size-limit's esbuild step does the same implicitly: esbuild defines it when all minify
// options are on). The optional translations (dist/locales.js) are budgeted by size-limit only.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// bytes, min + gzip (kB = 1,000 bytes, as size-limit), by `${entry}.${variant}`. Issue 16 replaced the
// own-code goals (12 kB for the main entry, 4 kB for /core) with these two.
export const SIZE_GOALS = { 'panel.desk': 35_000, 'build.desk': 12_000 };

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * @param {{ root: string, log: (...a: unknown[]) => void, distDir?: string }} options
 */
export async function measureSize({ root, log, distDir = join(root, 'dist') }) {
  const esbuild = await import('esbuild');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const deps = Object.keys(pkg.dependencies ?? {});
  const peers = Object.keys(pkg.peerDependencies ?? {});
  const externalOf = (names) => ['node:*', ...names.flatMap((n) => [n, `${n}/*`])];

  let built = false;
  if (!existsSync(join(distDir, 'index.js')) || !existsSync(join(distDir, 'core.js'))) {
    log(`size: ${distDir} has no index.js/core.js, running npx vite build`);
    execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
    built = true;
  }
  const distTime = Math.min(statSync(join(distDir, 'index.js')).mtimeMs, statSync(join(distDir, 'core.js')).mtimeMs);
  const srcTime = newestMtime(join(root, 'src'));
  const stale = srcTime > distTime;
  if (stale) log(`size: WARNING dist is older than src (dist ${new Date(distTime).toISOString()}, newest src file ${new Date(srcTime).toISOString()}); pass --build to measure a fresh build`);

  const index = join(distDir, 'index.js');
  const core = join(distDir, 'core.js');
  const own = { id: 'own', label: 'own code', external: externalOf([...deps, ...peers]) };
  const desk = (external, loaded = []) => ({ id: 'desk', label: 'all included but React', external: externalOf(external), loaded });
  const entries = [
    { id: 'index', file: index, names: '*', label: 'agent-desk-wrapup (dist/index.js), everything', variants: [own] },
    { id: 'core', file: core, names: '*', label: 'agent-desk-wrapup/core (dist/core.js), everything', variants: [own] },
    {
      id: 'panel',
      file: index,
      names: 'WrapUpProvider, WrapUpPanel, createMemoryTransport',
      label: "a desk's lazy chunk: { WrapUpProvider, WrapUpPanel, createMemoryTransport } (the desk's own transport)",
      variants: [own, desk(['react', 'react-dom', 'socket.io-client'])],
    },
    {
      id: 'panelSocket',
      file: index,
      names: 'WrapUpProvider, WrapUpPanel, createSocketIoTransport',
      label: "a desk's lazy chunk with createSocketIoTransport({ url }) (socket.io-client counted: it is loaded)",
      variants: [desk(['react', 'react-dom'], ['socket.io-client'])],
    },
    { id: 'build', file: core, names: 'buildCloseWrapup', label: 'agent-desk-wrapup/core: buildCloseWrapup alone', variants: [own, desk([])] },
    { id: 'outbox', file: core, names: 'buildCloseWrapup, createOutbox', label: 'agent-desk-wrapup/core: buildCloseWrapup and createOutbox', variants: [desk([])] },
  ];

  const results = [];
  for (const entry of entries) {
    for (const variant of entry.variants) {
      const contents = entry.names === '*' ? `export * from ${JSON.stringify(entry.file)};` : `export { ${entry.names} } from ${JSON.stringify(entry.file)};`;
      const out = await esbuild.build({
        stdin: { contents, resolveDir: root, loader: 'js' },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        write: false,
        metafile: true,
        logLevel: 'silent',
        nodePaths: [join(root, 'node_modules')], // a --build output lives in a temp dir outside the repo
        external: variant.external,
        // what the package loads with a dynamic import later (the reason suggester; socket.io-client
        // unless the variant says it is loaded) is not in a desk's first chunk: without code
        // splitting esbuild would inline it, so it is left out (as in .size-limit.mjs)
        plugins: [
          {
            name: 'dynamic-imports-load-later',
            setup(build) {
              build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' && !(variant.loaded ?? []).includes(args.path) ? { path: args.path, external: true } : undefined));
            },
          },
        ],
        define: { 'process.env.NODE_ENV': '"production"' },
      });
      const output = out.outputFiles.find((f) => f.path.endsWith('.js')) ?? out.outputFiles[0];
      const code = output.contents;
      const gzip = gzipSync(code, { level: 9 }).length;
      const brotli = brotliCompressSync(code, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: code.length },
      }).length;
      // minified bytes each package contributes (esbuild's per-input bytesInOutput)
      const byPackage = {};
      for (const [input, info] of Object.entries(out.metafile.outputs[Object.keys(out.metafile.outputs)[0]].inputs)) {
        const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
        const key = m ? m[1] : 'agent-desk-wrapup';
        byPackage[key] = (byPackage[key] ?? 0) + info.bytesInOutput;
      }
      const imports = [...new Set(out.metafile.outputs[Object.keys(out.metafile.outputs)[0]].imports.filter((i) => i.external).map((i) => i.path))].sort();
      results.push({ entry: entry.id, entryLabel: entry.label, variant: variant.id, variantLabel: variant.label, min: code.length, gzip, brotli, byPackage, externalImports: imports });
      log(`size: ${entry.id} ${variant.label}: min ${code.length} B, gzip ${gzip} B, brotli ${brotli} B`);
    }
  }
  // stylesheets shipped next to the entries (imported by the app, not by the JS): minified + compressed, for context
  const styles = [];
  for (const name of readdirSync(distDir).filter((f) => f.endsWith('.css'))) {
    const { code } = await esbuild.transform(readFileSync(join(distDir, name), 'utf8'), { loader: 'css', minify: true });
    const bytes = Buffer.from(code);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    styles.push({ file: name, min: bytes.length, gzip, brotli });
    log(`size: ${name}: min ${bytes.length} B, gzip ${gzip} B, brotli ${brotli} B`);
  }
  return { distDir, built, styles, distBuiltAt: new Date(distTime).toISOString(), newestSrcAt: new Date(srcTime).toISOString(), stale, goals: SIZE_GOALS, results };
}
