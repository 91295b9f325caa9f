/**
 * Cold start, the panel: what a desk's lazy chunk holds (cold.tsx): WrapUpProvider + WrapUpPanel
 * with the desk's own transport (here the memory transport; socket.io-client is never loaded).
 * Imported through the package's entries, as a desk imports them.
 */
import { WrapUpPanel, WrapUpProvider } from '../../src/index';
import { createMemoryTransport } from '../../src/transport';
import '../../src/react/styles.css';
import type { ColdChunk } from './cold';

// the desk's own context after onTopicData (test/fixtures/contexts.ts agentContext(), inlined: that
// module imports the event page's example JSON, which no desk's chunk holds)
const agentId = 'a13a49f4-7ec6-436b-91b0-0fd1be205799';
const customer = { _id: 'cust-conv-1', firstName: 'Jane Doe', isAnonymous: false };
const context = {
  conversationId: 'conv-1',
  roomInfo: { id: 'room-conv-1', mode: 'CONTACT_CENTER' as const },
  participant: {
    id: 'part-conv-1',
    type: 'AGENT' as const,
    role: 'PRIMARY' as const,
    state: 'SUBSCRIBED' as const,
    participant: {
      id: agentId,
      participantType: 'CCUser' as const,
      keycloakUser: { id: agentId, username: 'faizan', roles: ['agent'], realm: 'expertflow', permittedResources: { Resources: [{ rsid: 'rs-acc', rsname: 'agent-conversation-control', scopes: ['view_wrap_up'] }] } },
    },
  },
  channelSession: { id: 'cs-conv-1', isActive: true, customer, channelData: { channelCustomerIdentifier: '43466', serviceIdentifier: '1212' } },
  customer,
};

const chunk: ColdChunk = {
  prepare: (form) => () => (
    <WrapUpProvider transport={createMemoryTransport()}>
      <WrapUpPanel context={context} reasons={{ form }} mode="live" />
    </WrapUpProvider>
  ),
  ready: () => document.querySelector('.wrapup-list input[type="checkbox"], .wrapup-list input[type="radio"]') !== null,
};
export default chunk;
