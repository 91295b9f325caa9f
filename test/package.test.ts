// The published package, as a consumer sees it: built dist, exports map, no React on the core path.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, { types?: string }> };
    for (const [entry, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'object' && target.types && entry !== './simulator') expect(existsSync(join(root, target.types)), entry).toBe(true);
    }
    const core = readFileSync(join(root, 'dist/core.js'), 'utf8');
    expect(core).not.toMatch(/from ['"]react/);
    expect(core).toMatch(/from ['"]zod['"]/);
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
});
