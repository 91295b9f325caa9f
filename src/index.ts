export * from './core';
// The browser-friendly outbox (localStorage by default) replaces core's storage-agnostic one here.
export { createOutbox } from './transport';
export * from './transport';
export * from './react';
