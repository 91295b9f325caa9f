/**
 * `agent-desk-wrapup/transport`: the adapters that deliver a wrap-up to the Agent Manager, with
 * no React. Needs zod; socket.io-client only for `createSocketIoTransport({ url })` (loaded
 * lazily), not for `{ socket }` (the desk's own socket), HTTP or memory.
 * Hand-curated: see api/transport.api.md.
 */
export { createSocketIoTransport, type SocketIoSocket, type SocketIoTransport, type SocketIoTransportOptions } from './socketio';
export { createHttpTransport, type HttpTransportOptions } from './http';
export { createMemoryTransport, type MemoryTransport, type MemoryTransportOptions } from './memory';
export type { ConnectionState, WrapUpTransport } from '../core/transport-contract';
