// The published package, as a consumer sees it: built dist, exports map, no React on the core path.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agentContext } from './fixtures/contexts';

const root = resolve(import.meta.dirname, '..');
let consumer: string;

beforeAll(() => {
  if (!existsSync(join(root, 'dist/core.js'))) execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'ignore' });
  // a consumer project whose node_modules holds this package and zod, and nothing else: no React
  consumer = mkdtempSync(join(tmpdir(), 'wrapup-consumer-'));
  const pkg = join(consumer, 'node_modules/agent-desk-wrapup');
  mkdirSync(pkg, { recursive: true });
  cpSync(join(root, 'dist'), join(pkg, 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(pkg, 'package.json'));
  symlinkSync(join(root, 'node_modules/zod'), join(consumer, 'node_modules/zod'));
}, 60_000);

afterAll(() => rmSync(consumer, { recursive: true, force: true }));

describe('built package', () => {
  it('agent-desk-wrapup/core imports and builds a payload with no React installed', () => {
    writeFileSync(join(consumer, 'context.json'), JSON.stringify(agentContext()));
    const script = `
      import { readFileSync } from 'node:fs';
      const core = await import('agent-desk-wrapup/core');
      const ctx = JSON.parse(readFileSync('context.json', 'utf8'));
      const payload = core.buildCloseWrapup(ctx, { wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }] });
      console.log(JSON.stringify({ ok: core.closeWrapupPayloadSchema.safeParse(payload).success, name: payload.cimEvent.name }));
      try { await import('react'); console.log('react-resolvable'); } catch { console.log('no-react'); }
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer, encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual([JSON.stringify({ ok: true, name: 'AGENT_MESSAGE' }), 'no-react']);
  });

  it('agent-desk-wrapup/locales holds ar and ur (not the main entry) and loads with no React installed', () => {
    const script = `
      const locales = await import('agent-desk-wrapup/locales');
      console.log(JSON.stringify({ keys: Object.keys(locales).sort(), ar: locales.ar.dir, picker: Object.keys(locales.wrapUpLocales) }));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ keys: ['ar', 'en', 'ur', 'wrapUpLocales'], ar: 'rtl', picker: ['en', 'ar', 'ur'] });
    // the main entry (which needs React, so it is read, not imported) exports English only
    const list = /export \{([^}]*)\};?\s*(?:\/\/.*\s*)?$/.exec(readFileSync(join(root, 'dist/index.js'), 'utf8'))?.[1] ?? '';
    const names = list.split(',').map((name) => name.trim().split(' as ').pop());
    expect(names).toContain('en');
    expect(names.filter((n) => n === 'ar' || n === 'ur' || n === 'wrapUpLocales')).toEqual([]);
  });

  it('declares types for every export and keeps peers out of the bundle', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, string | Record<string, string>> };
    for (const [entry, target] of Object.entries(pkg.exports)) {
      for (const file of typeof target === 'string' ? [target] : Object.values(target)) expect(existsSync(join(root, file)), `${entry}: ${file}`).toBe(true);
    }
    const core = bundleImports('dist/core.js');
    expect(core.static).toContain('zod/mini'); // zod's tree-shakable API: a desk's bundle keeps only the parts used
    expect(core.static.filter((s) => /react|socket\.io/.test(s))).toEqual([]);
  });

  it('declarations need no socket.io-client types (a desk passing its own transport need not install it; with skipLibCheck its socket types were any)', () => {
    const files = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.d.ts'));
    const naming = files.filter((f) => /from ['"]socket\.io-client['"]|import\(['"]socket\.io-client['"]\)/.test(readFileSync(join(root, 'dist', f), 'utf8')));
    expect(files.length).toBeGreaterThan(10);
    expect(naming).toEqual([]);
  });
});

/** The bare specifiers a dist entry loads, following its own chunks: static imports and dynamic ones. */
function bundleImports(entry: string, seen = new Set<string>()): { static: string[]; dynamic: string[] } {
  const result = { static: [] as string[], dynamic: [] as string[] };
  if (seen.has(entry)) return result;
  seen.add(entry);
  const code = readFileSync(join(root, entry), 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g)) {
    if (spec!.startsWith('.')) {
      const inner = bundleImports(join(entry, '..', spec!), seen);
      result.static.push(...inner.static);
      result.dynamic.push(...inner.dynamic);
    } else result.static.push(spec!);
  }
  for (const [, spec] of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) if (!spec!.startsWith('.')) result.dynamic.push(spec!);
  return { static: [...new Set(result.static)].sort(), dynamic: [...new Set(result.dynamic)].sort() };
}

describe('what each entry loads and publishes', () => {
  const peers = ['@tanstack/react-query', 'react', 'react-dom', 'react-hook-form', 'socket.io', 'socket.io-client', 'zod'];

  it('installs nothing but its peers: no dependencies; socket.io-client and the React side are optional peers', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      peerDependencies: Record<string, string>;
      peerDependenciesMeta: Record<string, { optional?: boolean }>;
    };
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(peers);
    const optional = Object.entries(pkg.peerDependenciesMeta).filter(([, meta]) => meta.optional).map(([name]) => name);
    expect(optional.sort()).toEqual(peers.filter((p) => p !== 'zod'));
  });

  it('each entry loads only what its row in the README needs; socket.io-client only lazily', () => {
    const external = (entry: string) => bundleImports(entry).static.filter((s) => !s.startsWith('node:'));
    expect(external('dist/core.js')).toEqual(['zod/mini']);
    expect(external('dist/transport.js')).toEqual(['zod/mini']);
    expect(bundleImports('dist/transport.js').dynamic).toEqual(['socket.io-client']);
    expect(external('dist/locales.js')).toEqual([]);
    expect(external('dist/simulator.js')).toEqual(['socket.io', 'zod', 'zod/mini']); // the simulator (Node) checks requests with classic zod
    // the React entry: its peers only; @tanstack/react-virtual is bundled
    expect(external('dist/index.js').every((s) => peers.some((p) => s === p || s.startsWith(`${p}/`)))).toBe(true);
  });

  it('marks only the React entry as client code ("use client")', () => {
    const firstLine = (file: string) => readFileSync(join(root, 'dist', file), 'utf8').split('\n')[0];
    expect(firstLine('index.js')).toMatch(/^['"]use client['"];?$/);
    const others = readdirSync(join(root, 'dist')).filter((f) => f.endsWith('.js') && f !== 'index.js');
    expect(others.filter((f) => /use client/.test(firstLine(f)!))).toEqual([]);
  });

  it('publishes a curated API: the main entry has all of core and transport, and no internal helper is public', () => {
    const names = (entry: string) =>
      new Set([...readFileSync(join(root, 'api', `${entry}.api.md`), 'utf8').matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!));
    const main = names('index');
    const missing = [...names('core'), ...names('transport')].filter((n) => !main.has(n));
    expect(missing).toEqual([]);
    const internals = ['fromZodError', 'formatPath', 'agentSender', 'backoffDelay', 'durationToMs', 'outcomeFromUnsubscription', 'eventConversationId', 'detectStorage', 'readStored', 'writeStored', 'storageKeys'];
    for (const entry of ['index', 'core', 'transport']) expect([...names(entry)].filter((n) => internals.includes(n)), entry).toEqual([]);
    expect([...main].filter((n) => n === 'createOutbox')).toEqual(['createOutbox']);
  });

  it('ships a LICENSE and README links that work outside the repo', () => {
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License[\s\S]*agent-desk-wrapup contributors/);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const relative = [...readme.matchAll(/\]\(([^)#\s]+)[^)]*\)/g)].map((m) => m[1]!).filter((href) => !/^[a-z]+:/.test(href));
    expect(relative).toEqual([]);
  });
});

describe('layer rules are lint-enforced', () => {
  const eslint = new ESLint({ cwd: root });
  const lint = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(root, file) });
    return result!.messages.map((m) => m.ruleId);
  };

  it('src/core may not import React-side code or touch DOM globals', async () => {
    expect(await lint('src/core/errors.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toContain('no-restricted-imports');
    expect(await lint('src/core/errors.ts', "import { useForm } from 'react-hook-form';\nexport const x = useForm;\n")).toContain('no-restricted-imports');
    expect(await lint('src/core/errors.ts', 'export const x = () => localStorage.getItem("a");\n')).toContain('no-restricted-globals');
    expect(await lint('src/core/errors.ts', 'export const x = () => window.name;\n')).toContain('no-restricted-globals');
  }, 60_000);

  it('no import cycles (import-x/no-cycle): context.ts imports errors.ts, so errors.ts may not import context.ts', async () => {
    expect(await lint('src/core/errors.ts', "import { canWrapUp } from './context';\nexport const x = canWrapUp;\n")).toContain('import-x/no-cycle');
  }, 60_000);
});
