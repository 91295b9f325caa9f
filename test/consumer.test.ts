// The package as someone else's desk gets it: `npm pack`, then two scratch consumers under the
// OS temp dir install the tarball the way a user would (offline, from npm's cache: every package
// here is in this repo's package-lock.json, so `npm ci` has cached it).
//  (a) a React + TypeScript desk: test/types type-checks against the packed declarations
//      (strict; bundler for everything, node16 and nodenext for the framework-free entries; the
//      repo's TypeScript and TypeScript 5; React 19 and React 18 types) and `vite build` bundles it;
//  (b) a Node service with only zod: imports /core and /transport, delivers a wrap-up to the
//      bundled simulator (from this repo's build, on 127.0.0.1) over the HTTP transport, and has
//      no React package in its node_modules.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'wrapup-consumers-'));
const reactDesk = join(scratch, 'react-desk');
const nodeService = join(scratch, 'node-service');
let tarball = '';

/** The exact version this repo has installed (so the consumer's install is served from the cache). */
const version = (name: string): string => (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

// npm run … puts npm_* variables (prefix, lifecycle, …) in the environment: the consumers' npm must not inherit them
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || /^npm_config_cache$/i.test(key)));

const npmInstall = (cwd: string) => run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, env, maxBuffer: 1 << 24 });

function writeJson(file: string, value: unknown) {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/index.d.ts'))) execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'ignore' });
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root, env, encoding: 'utf8' })) as [{ filename: string }];
  tarball = join(scratch, packed[0].filename);

  mkdirSync(join(reactDesk, 'src'), { recursive: true });
  writeJson(join(reactDesk, 'package.json'), {
    name: 'react-desk',
    private: true,
    type: 'module',
    dependencies: {
      'agent-desk-wrapup': `file:${tarball}`,
      '@tanstack/react-query': version('@tanstack/react-query'),
      react: version('react'),
      'react-dom': version('react-dom'),
      'react-hook-form': version('react-hook-form'),
      'socket.io-client': version('socket.io-client'),
      zod: version('zod'),
    },
    devDependencies: {
      '@types/node': version('@types/node'),
      '@types/react': version('@types/react'),
      '@types/react-dom': version('@types/react-dom'),
      '@types/react18': `npm:@types/react@${version('@types/react18')}`,
      typescript: version('typescript'),
      typescript5: `npm:typescript@${version('typescript5')}`,
      vite: version('vite'),
    },
  });
  // the type tests, as a consumer's own source files
  cpSync(join(root, 'test/types'), join(reactDesk, 'types'), { recursive: true });
  // one full check (TypeScript 6, React 19 types, skipLibCheck off: the package's .d.ts files are
  // checked too); the other combinations skip lib checking, which keeps them fast: a declaration
  // that does not resolve still fails them, through the @ts-expect-error lines that then go unused
  const variant = (name: string, base: string, compilerOptions: Record<string, unknown>) =>
    writeJson(join(reactDesk, `types/tsconfig.${name}.json`), { extends: `./${base}`, compilerOptions: { skipLibCheck: true, ...compilerOptions } });
  variant('react18', 'tsconfig.json', { paths: { react: ['../node_modules/@types/react18/index.d.ts'], 'react/*': ['../node_modules/@types/react18/*'] } });
  variant('node16-fast', 'tsconfig.node16.json', {});
  variant('nodenext-fast', 'tsconfig.nodenext.json', {});
  writeFileSync(
    join(reactDesk, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>desk</title></head><body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n',
  );
  writeFileSync(
    join(reactDesk, 'src/main.tsx'),
    `import { createRoot } from 'react-dom/client';
import { WrapUpPanel, WrapUpProvider, createMemoryTransport, type WrapUpContextInput } from 'agent-desk-wrapup';
import { ar } from 'agent-desk-wrapup/locales';
import 'agent-desk-wrapup/styles.css';

declare const context: WrapUpContextInput;
createRoot(document.getElementById('root')!).render(
  <WrapUpProvider transport={createMemoryTransport()} reasons={{ form: { categoryOptions: [] } }} messages={ar}>
    <WrapUpPanel context={context} onOutcome={(o) => console.log(o.status)} />
  </WrapUpProvider>,
);
`,
  );
  writeJson(join(reactDesk, 'tsconfig.json'), {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      moduleResolution: 'bundler',
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['vite/client'],
    },
    include: ['src'],
  });

  mkdirSync(nodeService, { recursive: true });
  writeJson(join(nodeService, 'package.json'), {
    name: 'node-service',
    private: true,
    type: 'module',
    dependencies: { 'agent-desk-wrapup': `file:${tarball}`, zod: version('zod') },
  });
  writeFileSync(
    join(nodeService, 'deliver.mjs'),
    `import { buildCloseWrapup, createMemoryStorage, createOutbox } from 'agent-desk-wrapup/core';
import { createHttpTransport } from 'agent-desk-wrapup/transport';

const { relayUrl, agentId, context } = JSON.parse(process.argv[2]);
const transport = createHttpTransport({ url: relayUrl, agentId, pollIntervalMs: 50 });
const outbox = createOutbox({ transport, storage: createMemoryStorage() });
const payload = buildCloseWrapup(context, { wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }], note: 'from a Node service' });
const outcome = await outbox.submit(payload);
console.log(JSON.stringify({ status: outcome.status, conversationId: payload.conversationId }));
outbox.dispose();
transport.close();
`,
  );

  writeFileSync(
    join(nodeService, 'no-socketio.mjs'),
    `import { createSocketIoTransport } from 'agent-desk-wrapup/transport';

// socket.io-client is not installed: the import above works, and { url } says what to install
const transport = createSocketIoTransport({ url: 'http://127.0.0.1:9/agent-manager' });
const error = await transport.ready.then(() => undefined, (e) => e);
const sent = await transport.send('closeWrapup', {}).then(() => undefined, (e) => e);
console.log(JSON.stringify({ code: error?.code, message: error?.message, sendCode: sent?.code, state: transport.getState() }));
transport.close();
`,
  );

  await Promise.all([npmInstall(reactDesk), npmInstall(nodeService)]);
}, 240_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const tsc = (compiler: 'typescript' | 'typescript5', project: string) =>
  run(process.execPath, [join(reactDesk, 'node_modules', compiler, 'bin/tsc'), '-p', project], { cwd: reactDesk }).then(
    () => '',
    (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
  );

describe('a React + TypeScript desk, from the tarball', () => {
  it('type-checks the type tests: bundler (React 19 types with TypeScript 6, React 18 types with TypeScript 5), node16 and nodenext (both TypeScript versions)', async () => {
    const results = await Promise.all(
      (
        [
          ['typescript', 'types/tsconfig.json'],
          ['typescript', 'types/tsconfig.node16-fast.json'],
          ['typescript', 'types/tsconfig.nodenext-fast.json'],
          ['typescript5', 'types/tsconfig.react18.json'],
          ['typescript5', 'types/tsconfig.nodenext-fast.json'],
        ] as const
      ).map(async ([compiler, project]) => [`${compiler} -p ${project}`, await tsc(compiler, project)] as const),
    );
    expect(Object.fromEntries(results)).toEqual(Object.fromEntries(results.map(([name]) => [name, ''])));
  }, 240_000);

  it('type-checks its own app (strict, bundler) and builds it with vite', async () => {
    expect(await tsc('typescript', 'tsconfig.json')).toBe('');
    await run(process.execPath, [join(reactDesk, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], { cwd: reactDesk });
    const assets = readdirSync(join(reactDesk, 'dist/assets'));
    expect(assets.some((f) => f.endsWith('.js'))).toBe(true);
    expect(assets.some((f) => f.endsWith('.css'))).toBe(true);
  }, 60_000);
});

describe('a Node service with only zod, from the tarball', () => {
  it('installs no React package and no socket.io-client', () => {
    const installed = readdirSync(join(nodeService, 'node_modules')).filter((f) => !f.startsWith('.'));
    expect(installed.sort()).toEqual(['agent-desk-wrapup', 'zod']);
  });

  it('without socket.io-client, createSocketIoTransport({ url }) says what to install (it is loaded lazily)', async () => {
    const { stdout } = await run(process.execPath, ['no-socketio.mjs'], { cwd: nodeService, timeout: 20_000 });
    expect(JSON.parse(stdout)).toEqual({
      code: 'TRANSPORT_ERROR',
      message: expect.stringContaining('npm install socket.io-client'),
      sendCode: 'TRANSPORT_ERROR',
      state: 'disconnected',
    });
  });

  it('imports /core and /transport and delivers a wrap-up to the bundled simulator', async () => {
    const simulatorModule = (await import(pathToFileURL(join(root, 'dist/simulator.js')).href)) as typeof import('../src/simulator');
    const sim = await simulatorModule.startAgentManagerSimulator({ conversations: [{ phase: 'wrapup' }], wrapUpSeconds: 3600 });
    try {
      const [context] = sim.contexts();
      const { stdout } = await run(process.execPath, ['deliver.mjs', JSON.stringify({ relayUrl: sim.relayUrl, agentId: simulatorModule.SIMULATOR_AGENT_ID, context })], {
        cwd: nodeService,
        timeout: 20_000,
      });
      const result = JSON.parse(stdout) as { status: string; conversationId: string };
      expect(result).toEqual({ status: 'applied', conversationId: context!.conversationId });
      expect(sim.received.at(-1)).toMatchObject({ via: 'relay', valid: true });
    } finally {
      await sim.close();
    }
  }, 30_000);
});
