export { createHttpTransport, type HttpTransportOptions } from './http';
export { createMemoryTransport, type MemoryTransport, type MemoryTransportOptions } from './memory';
export { browserStorage, createOutbox } from './outbox';
export { createSocketIoTransport, type SocketIoTransport, type SocketIoTransportOptions } from './socketio';
