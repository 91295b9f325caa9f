/**
 * `agent-desk-wrapup/simulator` (Node only): an Agent Manager + Unified Admin simulator on a real
 * socket.io/HTTP server bound to 127.0.0.1, for tests, Storybook, the demo and consumers' own
 * integration tests. Needs `socket.io` installed. Hand-curated: see api/simulator.api.md.
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
export { realisticChats, SIMULATOR_AGENT, SIMULATOR_AGENT_ID, simulatorAgent, type SeedChatMessage, type SeedConversation, type SeededConversation } from './seed';
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
