/**
 * `agent-desk-wrapup`: the React layer (provider, hooks, panel) plus everything a React desk
 * needs from core and the transports, from one import. Hand-curated: see api/index.api.md.
 * Framework-free code can import `agent-desk-wrapup/core` and `agent-desk-wrapup/transport`.
 */

// core's public names: its index is curated by hand, so it is re-exported whole (one list, not two)
export * from './core/index';

// the transports: their index is curated too
export * from './transport/index';

// the React layer: src/react/index.ts is itself a hand-written list
export * from './react';
