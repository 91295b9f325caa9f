// Own code size of the published entries: each dist entry bundled with esbuild (minified ESM),
// then gzip (zlib level 9) and brotli (quality 11). Two variants per entry:
// - "own code": every package.json dependency and peerDependency external (what this package adds);
// - "with dependencies": only peerDependencies external (dependencies bundled in, as an app pays for them).
// process.env.NODE_ENV is defined as "production", so dev-only code is measured as a production app
// ships it (size-limit's esbuild step does the same implicitly: esbuild defines it when all minify
// options are on). The optional translations (dist/locales.js) are budgeted by size-limit only.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const SIZE_GOALS = { index: 12_000, core: 4_000 }; // bytes, min + gzip (kB = 1,000 bytes, as size-limit)

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

  const entries = [
    { id: 'index', file: join(distDir, 'index.js'), label: 'agent-desk-wrapup (dist/index.js)' },
    { id: 'core', file: join(distDir, 'core.js'), label: 'agent-desk-wrapup/core (dist/core.js)' },
  ];
  const variants = [
    { id: 'own', label: 'own code', external: externalOf([...deps, ...peers]) },
    { id: 'withDeps', label: 'with dependencies', external: externalOf(peers) },
  ];

  const results = [];
  for (const entry of entries) {
    for (const variant of variants) {
      const out = await esbuild.build({
        entryPoints: [entry.file],
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
