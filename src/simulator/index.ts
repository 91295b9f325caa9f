/**
 * `agent-desk-wrapup/simulator` (Node only): an Agent Manager + Unified Admin simulator on a real
 * socket.io/HTTP server bound to 127.0.0.1, for tests, Storybook, the demo and consumers' own
 * integration tests. The form data alone (no Node) is in `./forms`.
 */
export { startAgentManagerSimulator } from './server';
export type {
  AgentManagerSimulator,
  ConversationStatus,
  EmittedEvent,
  ReceivedEvent,
  SimulatorFaults,
  SimulatorOptions,
  SimulatorRequestName,
} from './types';
export { SIMULATOR_AGENT, SIMULATOR_AGENT_ID, simulatorAgent, seedConversations, type SeedConversation, type SeededConversation } from './seed';
export {
  largeWrapUpForm,
  realisticCategories,
  realisticWrapUpForm,
  toFormV1,
  toFormV2,
  type FormCategoryV1,
  type FormOptionV2,
  type UnifiedAdminFormV1,
  type UnifiedAdminFormV2,
} from './forms';
export { MAX_PAGE_LIMIT, isUnifiedAdminError, paginatedForm, wrapUpSearch, type QueryParams, type UnifiedAdminError } from './unified-admin';
