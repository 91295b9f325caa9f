/**
 * The panel for `bench/coverage.mjs`: WrapUpProvider + WrapUpPanel + createMemoryTransport, React
 * bundled too, mounted by `window.__start()` with the form the runner injected (`window.__form`).
 */
import { createRoot } from 'react-dom/client';
import { WrapUpPanel, WrapUpProvider } from '../../src/index';
import { createMemoryTransport } from '../../src/transport';

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

(window as unknown as { __start: () => void }).__start = () => {
  const form = (window as unknown as { __form: unknown }).__form;
  createRoot(document.getElementById('root')!).render(
    <WrapUpProvider transport={createMemoryTransport()}>
      <WrapUpPanel context={context} reasons={{ form }} mode="live" />
    </WrapUpProvider>,
  );
};
