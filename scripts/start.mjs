// `npm start`: the demo agent desk against the bundled Agent Manager simulator (see README).
// Env: PORT (the page, default 5173), AGENT_MANAGER_PORT (the simulator, default 3001),
// WRAPUP_TIME (the simulator's wrap-up timer in seconds, default 60). With AGENT_MANAGER_URL and
// UNIFIED_ADMIN_URL no simulator starts and the page talks to that deployment (DEMO_AGENT: the
// CC user JSON sent as auth.agent there).
import { startDemo } from './demo-server.mjs';

function numberFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) {
    console.error(`${name}="${raw}" is not a number.`);
    process.exit(2);
  }
  return value;
}

function agentFromEnv() {
  const raw = process.env.DEMO_AGENT;
  if (raw === undefined || raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch (error) {
    console.error(`DEMO_AGENT is not JSON (${error.message}): set it to the CC user the AgentDesk sends as auth.agent.`);
    process.exit(2);
  }
}

let demo;
try {
  demo = await startDemo({
    port: numberFromEnv('PORT', 5173),
    agentManagerPort: numberFromEnv('AGENT_MANAGER_PORT', 3001),
    wrapUpSeconds: numberFromEnv('WRAPUP_TIME', 60),
    agentManagerUrl: process.env.AGENT_MANAGER_URL || undefined,
    unifiedAdminUrl: process.env.UNIFIED_ADMIN_URL || undefined,
    agent: agentFromEnv(),
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
console.log('Ctrl+C to stop.');

let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the demo…`);
  const force = setTimeout(() => process.exit(1), 5_000);
  force.unref();
  demo.close().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
