// Types of scripts/demo-server.mjs, for the e2e test (TypeScript).
export interface DemoOptions {
  /** Vite's port (default 5173; 0 = a free one; the next free port when taken). */
  port?: number;
  /** The simulator's port (default 3001; 0 = a free one). */
  agentManagerPort?: number;
  /** A real Agent Manager (the AgentDesk's SOCKET_URL): no simulator is started. Needs unifiedAdminUrl. */
  agentManagerUrl?: string;
  /** A real Unified Admin (UNIFIED_ADMIN_URL). Needs agentManagerUrl. */
  unifiedAdminUrl?: string;
  /** The CC user sent as `auth.agent` (default: the simulator's agent). */
  agent?: unknown;
  /** The simulator's wrap-up timer in seconds (WRAPUP_TIME), default 60. */
  wrapUpSeconds?: number;
  /** How many conversations the simulator seeds, default 3. */
  conversations?: number;
  /** Vite hot reload and file watching (default true). */
  hmr?: boolean;
  /** Where progress lines go (default console.log). */
  log?: (line: string) => void;
}

export interface RunningDemo {
  /** The agent desk, e.g. http://127.0.0.1:5173/ */
  readonly pageUrl: string;
  /** The socket.io origin the page connects to. */
  readonly agentManagerUrl: string;
  /** Where the page loads the wrap-up reasons from. */
  readonly unifiedAdminUrl: string;
  /** True when the bundled simulator runs (then `${agentManagerUrl}/__simulator/*` exists). */
  readonly simulator: boolean;
  /** Stops Vite and the simulator. Idempotent. */
  close(): Promise<void>;
}

export function startDemo(options?: DemoOptions): Promise<RunningDemo>;
