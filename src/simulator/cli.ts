/**
 * `npm run agent-manager`: runs the Agent Manager + Unified Admin simulator on 127.0.0.1.
 * Env: AGENT_MANAGER_PORT (default 3001), WRAPUP_TIME (seconds, default 60, the Agent Manager's own knob).
 */
import { WRAPUP_FORM_ID } from '../core';
import { startAgentManagerSimulator } from './server';

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) {
    console.error(`${name}="${raw}" is not a number.`);
    process.exit(2);
  }
  return value;
}

const port = numberFromEnv('AGENT_MANAGER_PORT', 3001);
const wrapUpSeconds = numberFromEnv('WRAPUP_TIME', 60);

try {
  const sim = await startAgentManagerSimulator({ port, wrapUpSeconds });
  console.log(`Agent Manager simulator (wrap-up timer ${wrapUpSeconds} s)`);
  console.log(`  socket.io      ${sim.url}  (path /socket.io, auth: { agent: <CC user with an id> })`);
  console.log(`  Unified Admin  ${sim.unifiedAdminUrl}  (the wrap-up form: ${sim.unifiedAdminUrl}/forms/${WRAPUP_FORM_ID})`);
  console.log(`  received log   ${sim.url}/__simulator/received`);
  console.log(`  HTTP relay     ${sim.relayUrl}`);
  console.log(`  conversations  ${sim.contexts().map((c) => c.conversationId).join(', ') || 'none'}`);
  console.log('Ctrl+C to stop.');

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the simulator…`);
    sim.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Port ${port} is in use: set AGENT_MANAGER_PORT to another port.` : error);
  process.exit(1);
}
