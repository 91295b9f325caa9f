/**
 * `agent-desk-wrapup/core`: the Agent Manager contract with no React and no DOM.
 * Schemas, payload builders, wrap-up rules, the Unified Admin form normaliser and errors.
 */
export * from './build';
export * from './context';
export * from './errors';
export * from './admin-form';
export * from './schemas';
export * from './transport-contract';
export * from './outbox';
export * from './pii';
export * from './reason-index';
