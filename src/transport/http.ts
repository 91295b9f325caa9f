import { WrapUpError } from '../core/errors';
import { backoffDelay, type BackoffOptions, type OutgoingEventName, type OutgoingEvents, type WrapUpTransport } from '../core/transport-contract';
import { createTransportHub } from './emitter';

type Headers = Record<string, string>;

export interface HttpTransportOptions {
  /** The desk backend's relay base URL: events are POSTed to `{url}/{eventName}`, answers read from `{url}/events`. */
  url: string;
  /** Default `globalThis.fetch`. */
  fetch?: typeof fetch | undefined;
  /** Extra headers, or a function returning them (e.g. a fresh bearer token) per request. */
  headers?: Headers | (() => Headers | Promise<Headers>);
  /** With an agent id, `GET {url}/events?agentId=…&after=…` is polled for Agent Manager answers. */
  agentId?: string | undefined;
  /** Poll interval while connected, ms (default 1,000). */
  pollIntervalMs?: number | undefined;
  /** Retry delays while the relay is unreachable (exponential backoff, full jitter). */
  backoff?: BackoffOptions | undefined;
}

const eventsSchemaHint = 'The relay must answer { events: [{ name, payload }], cursor }.';

/**
 * A transport for desks that relay the Agent Manager through their own backend: sends are HTTP
 * POSTs; Agent Manager answers come back in the POST response (`{ events }`) or by polling.
 */
export function createHttpTransport(options: HttpTransportOptions): WrapUpTransport {
  const { url: rawUrl, agentId, pollIntervalMs = 1_000, backoff } = options ?? ({} as HttpTransportOptions);
  let base: string;
  try {
    base = new URL(rawUrl).href.replace(/\/+$/, '');
  } catch {
    throw new WrapUpError('TRANSPORT_ERROR', `createHttpTransport url is ${JSON.stringify(rawUrl)}: pass the absolute URL of your relay, e.g. "https://desk.example.com/api/agent-manager".`, {
      path: ['url'],
    });
  }
  const doFetch = options.fetch ?? globalThis.fetch?.bind(globalThis);
  if (typeof doFetch !== 'function') {
    throw new WrapUpError('TRANSPORT_ERROR', 'No fetch in this runtime: pass createHttpTransport({ fetch }).', { path: ['fetch'] });
  }
  const hub = createTransportHub(agentId ? 'connecting' : 'connected');
  const abort = new AbortController();
  let cursor = '';
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  const headers = async (): Promise<Headers> => ({
    'content-type': 'application/json',
    ...(typeof options.headers === 'function' ? await options.headers() : options.headers),
  });

  function dispatchAll(body: unknown) {
    const events = (body as { events?: unknown } | null)?.events;
    if (!Array.isArray(events)) return;
    for (const event of events as Array<{ name?: unknown; payload?: unknown }>) {
      if (event && typeof event.name === 'string') hub.dispatch(event.name, event.payload);
    }
  }

  const online = () => {
    failures = 0;
    hub.setState('connected');
  };
  const offline = () => {
    if (!closed) hub.setState('disconnected');
  };

  async function poll() {
    timer = undefined;
    if (closed) return;
    if (!agentId) {
      // nothing to poll: after the backoff the next send is the probe (the outbox sends again on "connected")
      hub.setState('connected');
      return;
    }
    try {
      const res = await doFetch(`${base}/events?agentId=${encodeURIComponent(agentId)}&after=${encodeURIComponent(cursor)}`, {
        headers: await headers(),
        signal: abort.signal,
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = (await res.json()) as { cursor?: unknown };
      if (typeof body?.cursor !== 'string') throw new Error(eventsSchemaHint);
      online();
      cursor = body.cursor;
      dispatchAll(body);
      schedule(pollIntervalMs);
    } catch {
      if (closed) return;
      offline();
      schedule(backoffDelay(failures++, backoff));
    }
  }
  function schedule(ms: number) {
    if (closed || timer !== undefined) return;
    timer = setTimeout(() => void poll(), ms);
  }
  if (agentId) void poll();

  return {
    kind: 'http',
    getState: hub.getState,
    subscribe: hub.subscribe,
    onStateChange: hub.onStateChange,
    async send<K extends OutgoingEventName>(name: K, payload: OutgoingEvents[K]) {
      if (closed) throw new WrapUpError('TRANSPORT_ERROR', `Cannot send ${name}: this transport was closed.`);
      let res: Response;
      try {
        res = await doFetch(`${base}/${name}`, {
          method: 'POST',
          headers: await headers(),
          body: JSON.stringify(payload),
          signal: abort.signal,
        });
      } catch (cause) {
        offline();
        schedule(backoffDelay(failures++, backoff));
        throw new WrapUpError('TRANSPORT_ERROR', `Cannot send ${name}: the relay at ${base} is unreachable. The outbox sends it again when it is back.`, { cause });
      }
      const body: unknown = await res.json().catch(() => null);
      if (res.status === 400 || res.status === 422) {
        const { message, path } = (body ?? {}) as { message?: string; path?: Array<string | number> };
        throw new WrapUpError('INVALID_PAYLOAD', message ?? `The relay refused ${name} (HTTP ${res.status}).`, { path: path ?? [] });
      }
      if (!res.ok) {
        offline();
        schedule(backoffDelay(failures++, backoff));
        throw new WrapUpError('TRANSPORT_ERROR', `Cannot send ${name}: the relay answered HTTP ${res.status}. The outbox sends it again.`);
      }
      online();
      dispatchAll(body);
    },
    close() {
      if (closed) return;
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      abort.abort();
      hub.setState('closed');
      hub.clear();
    },
  };
}
