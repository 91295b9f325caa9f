/**
 * The desk's own conversation context after onTopicData, for the bench pages that mount the panel
 * (test/fixtures/contexts.ts agentContext(), inlined: that module imports the event page's example
 * JSON, which no desk's chunk holds).
 */
const agentId = 'a13a49f4-7ec6-436b-91b0-0fd1be205799';
const customer = { _id: 'cust-conv-1', firstName: 'Jane Doe', isAnonymous: false };
export const context = {
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
