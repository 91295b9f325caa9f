// Which Agent Manager and Unified Admin the page talks to: `/demo-config.json`, served by
// scripts/demo-server.mjs (the simulator's URLs, or AGENT_MANAGER_URL / UNIFIED_ADMIN_URL).
import { io, type Socket } from 'socket.io-client';
import { SIMULATOR_AGENT } from '../src/simulator/seed';

export interface DemoConfig {
  /** True when the bundled simulator runs: its `/__simulator/received` log is shown. */
  simulator: boolean;
  /** The Agent Manager (the AgentDesk's SOCKET_URL), e.g. http://127.0.0.1:3001. */
  agentManagerUrl: string;
  /** The Unified Admin (UNIFIED_ADMIN_URL), e.g. http://127.0.0.1:3001/unified-admin. */
  unifiedAdminUrl: string;
  /** The logged-in CC user (sent as `auth.agent`); default the simulator's agent. */
  agent?: unknown;
}

const fallback: DemoConfig = {
  simulator: true,
  agentManagerUrl: 'http://127.0.0.1:3001',
  unifiedAdminUrl: 'http://127.0.0.1:3001/unified-admin',
};

export async function loadDemoConfig(): Promise<DemoConfig> {
  try {
    const res = await fetch('/demo-config.json', { cache: 'no-store' });
    if (!res.ok) return fallback;
    return { ...fallback, ...((await res.json()) as Partial<DemoConfig>) };
  } catch {
    return fallback;
  }
}

export interface DeskAgent {
  id: string;
  username: string;
  displayName: string;
  /** What the socket sends as `auth.agent`. */
  raw: unknown;
}

export function deskAgent(config: DemoConfig): DeskAgent {
  const raw = config.agent ?? SIMULATOR_AGENT;
  const user = (raw as { keycloakUser?: { id?: string; username?: string; firstName?: string; lastName?: string } }).keycloakUser ?? {};
  const id = (raw as { id?: string }).id ?? user.id ?? 'agent';
  const displayName = [user.firstName, user.lastName].filter(Boolean).join(' ') || user.username || id;
  return { id, username: user.username ?? id, displayName, raw };
}

/**
 * The desk's one Agent Manager socket, with the AgentDesk handshake: `auth.agent` is the CC user
 * as a JSON string, `query.username`, path `<url path>/socket.io`. Not connected yet: the desk
 * connects it once every listener is in place.
 */
export function openDeskSocket(config: DemoConfig, agent: DeskAgent): Socket {
  const url = new URL(config.agentManagerUrl);
  const base = url.pathname.replace(/\/+$/, '');
  return io(url.origin, {
    path: `${base}/socket.io`,
    auth: { agent: JSON.stringify(agent.raw), fcm: { desktopFcmKey: '', mobileFcmKey: '' } },
    query: { username: agent.username },
    autoConnect: false,
    reconnectionDelay: 500,
    reconnectionDelayMax: 5_000,
  });
}
