// The demo agent desk: the Agent Manager simulator (src/simulator, loaded with tsx, no build) and
// a Vite dev server for demo/, both on 127.0.0.1. Used by `npm start` (scripts/start.mjs) and by
// the end-to-end test (test/e2e/demo.test.ts).
import { fileURLToPath } from 'node:url';

const demoDir = fileURLToPath(new URL('../demo/', import.meta.url));
const simulatorEntry = fileURLToPath(new URL('../src/simulator/index.ts', import.meta.url));
const HOST = '127.0.0.1';

/**
 * @typedef {object} DemoOptions
 * @property {number} [port] Vite's port (default 5173; 0 = a free one; the next free port when taken).
 * @property {number} [agentManagerPort] The simulator's port (default 3001; 0 = a free one).
 * @property {string} [agentManagerUrl] A real Agent Manager (the AgentDesk's SOCKET_URL): no simulator is started.
 * @property {string} [unifiedAdminUrl] A real Unified Admin (UNIFIED_ADMIN_URL); required with agentManagerUrl.
 * @property {unknown} [agent] The CC user sent as `auth.agent` (default: the simulator's agent).
 * @property {number} [wrapUpSeconds] The simulator's wrap-up timer (WRAPUP_TIME), default 60.
 * @property {number} [conversations] How many conversations the simulator seeds, default 3.
 * @property {boolean} [hmr] Vite hot reload (default true; the e2e test turns it off).
 * @property {(line: string) => void} [log] Where progress lines go (default console.log).
 */

/**
 * @typedef {object} RunningDemo
 * @property {string} pageUrl The agent desk, e.g. http://127.0.0.1:5173/
 * @property {string} agentManagerUrl The socket.io origin the page connects to.
 * @property {string} unifiedAdminUrl Where the page loads the wrap-up reasons from.
 * @property {boolean} simulator True when the bundled simulator runs (then `${agentManagerUrl}/__simulator/*` exists).
 * @property {() => Promise<void>} close Stops Vite and the simulator. Idempotent.
 */

function checkPort(name, value) {
  if (!Number.isInteger(value) || value < 0 || value > 65_535) {
    throw new RangeError(`${name} must be a whole number 0–65535 (0 = a free port); got ${String(value)}.`);
  }
}

function checkUrl(name, value) {
  try {
    const url = new URL(value);
    if (!/^(https?|wss?):$/.test(url.protocol)) throw new Error(url.protocol);
    return value.replace(/\/+$/, '');
  } catch {
    throw new TypeError(`${name} is ${JSON.stringify(value)}: pass an absolute http(s) URL, e.g. https://cx.example.com/agent-manager.`);
  }
}

/** Serves `/demo-config.json`: which Agent Manager and Unified Admin the page talks to. */
function demoConfigPlugin(getConfig) {
  return {
    name: 'agent-desk-wrapup:demo-config',
    configureServer(server) {
      server.middlewares.use('/demo-config.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(JSON.stringify(getConfig()));
      });
    },
  };
}

/**
 * Starts the demo: the simulator (unless `agentManagerUrl` is given) and Vite.
 * @param {DemoOptions} [options]
 * @returns {Promise<RunningDemo>}
 */
export async function startDemo(options = {}) {
  const { port = 5173, agentManagerPort = 3001, wrapUpSeconds = 60, conversations = 3, hmr = true, log = console.log } = options;
  checkPort('port', port);
  checkPort('agentManagerPort', agentManagerPort);
  const remote = options.agentManagerUrl !== undefined || options.unifiedAdminUrl !== undefined;
  if (remote && (!options.agentManagerUrl || !options.unifiedAdminUrl)) {
    throw new TypeError(
      'Set both AGENT_MANAGER_URL (the Agent Manager, e.g. https://cx.example.com/agent-manager) and UNIFIED_ADMIN_URL (e.g. https://cx.example.com/unified-admin), or neither to use the bundled simulator.',
    );
  }

  let sim;
  let config;
  if (remote) {
    config = {
      simulator: false,
      agentManagerUrl: checkUrl('AGENT_MANAGER_URL', options.agentManagerUrl),
      unifiedAdminUrl: checkUrl('UNIFIED_ADMIN_URL', options.unifiedAdminUrl),
      ...(options.agent === undefined ? {} : { agent: options.agent }),
    };
  } else {
    const { tsImport } = await import('tsx/esm/api');
    /** @type {typeof import('../src/simulator/index.ts')} */
    const simulatorModule = await tsImport(simulatorEntry, import.meta.url);
    try {
      // each seeded conversation has a realistic chat so far (sent as onCimEvent): the panel suggests reasons from it
      sim = await simulatorModule.startAgentManagerSimulator({ port: agentManagerPort, wrapUpSeconds, conversations: Array.from({ length: conversations }, () => ({ chat: true })) });
    } catch (error) {
      if (error?.code === 'EADDRINUSE') {
        throw new Error(`Port ${agentManagerPort} (the Agent Manager simulator) is in use: set AGENT_MANAGER_PORT to another port.`, { cause: error });
      }
      throw error;
    }
    config = { simulator: true, agentManagerUrl: sim.url, unifiedAdminUrl: sim.unifiedAdminUrl, ...(options.agent === undefined ? {} : { agent: options.agent }) };
  }

  let vite;
  try {
    const { createServer } = await import('vite');
    vite = await createServer({
      configFile: fileURLToPath(new URL('../demo/vite.config.ts', import.meta.url)),
      root: demoDir,
      clearScreen: false,
      logLevel: 'warn',
      server: { host: HOST, port, hmr, ...(hmr ? {} : { watch: null }) },
      plugins: [demoConfigPlugin(() => config)],
    });
    await vite.listen();
  } catch (error) {
    await vite?.close().catch(() => undefined);
    await sim?.close();
    throw error;
  }
  const address = vite.httpServer?.address();
  const pageUrl = address && typeof address === 'object' ? `http://${HOST}:${address.port}/` : (vite.resolvedUrls?.local[0] ?? '');

  let closing;
  const demo = {
    pageUrl,
    agentManagerUrl: config.agentManagerUrl,
    unifiedAdminUrl: config.unifiedAdminUrl,
    simulator: config.simulator,
    close() {
      closing ??= (async () => {
        await vite.close();
        await sim?.close();
      })();
      return closing;
    },
  };

  log(`Agent desk demo      ${pageUrl}`);
  if (sim) {
    log(`Agent Manager (simulator, wrap-up timer ${wrapUpSeconds} s)  ${sim.url}`);
    log(`  Unified Admin      ${sim.unifiedAdminUrl}`);
    log(`  received log       ${sim.url}/__simulator/received`);
  } else {
    log(`Agent Manager        ${config.agentManagerUrl}`);
    log(`Unified Admin        ${config.unifiedAdminUrl}`);
  }
  return demo;
}
