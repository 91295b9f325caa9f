// Type tests of the PUBLISHED declarations: 'agent-desk-wrapup' resolves through package.json
// "exports" to dist/*.d.ts (the package's own name), never to src. Run by `npm run test:types`
// (after the build) and, against the packed tarball with TypeScript 5 and React 18 types too, by
// test/consumer.test.ts. No test runner: a line that should not compile carries @ts-expect-error,
// so tsc fails both when a wrong use compiles and when a right one does not.
import {
  buildCloseWrapup,
  createMemoryTransport,
  createSocketIoTransport,
  WrapUpError,
  WrapUpPanel,
  WrapUpProvider,
  type CCUser,
  type OutboxOutcome,
  type WrapUpContextInput,
  type WrapUpTransport,
} from 'agent-desk-wrapup';
import { ar, type WrapUpMessages } from 'agent-desk-wrapup/locales';
import 'agent-desk-wrapup/styles.css'; // a side-effect import TypeScript 6 checks: it needs the declaration the package ships
import type { Socket } from 'socket.io-client';
import { expectType, type Equal } from './helpers';

declare const context: WrapUpContextInput;
declare const deskSocket: Socket;

// the panel and the provider, as the README shows them
export const panel = (
  <WrapUpProvider socket={deskSocket} reasons={{ url: 'https://cx.example.com/unified-admin' }} messages={ar}>
    <WrapUpPanel context={context} onOutcome={(o) => console.log(o.status)} />
  </WrapUpProvider>
);
export const withTransport = (
  <WrapUpProvider transport={createMemoryTransport()} reasons={{ form: { categoryOptions: [] } }}>
    <WrapUpPanel context={context} />
  </WrapUpProvider>
);

// @ts-expect-error a number is not a conversation context
export const badContext = <WrapUpPanel context={12345} />;
// @ts-expect-error the outcome has no such field
export const badOutcome = <WrapUpPanel context={context} onOutcome={(o) => o.noSuchField} />;
// @ts-expect-error context is required
export const noContext = <WrapUpPanel />;

// the outcome is a real union, not any
export const status = (o: OutboxOutcome): 'applied' | 'left' | 'expired' | 'removed' | 'rejected' => o.status;

// transports have close()
const transport: WrapUpTransport = createSocketIoTransport({ socket: deskSocket });
transport.close();
createSocketIoTransport({ url: 'https://cx.example.com/agent-manager', agent: { id: 'a' }, username: 'faizan' }).close();
// @ts-expect-error an object that cannot emit and listen is no socket
createSocketIoTransport({ socket: { connected: true } });
// @ts-expect-error a transport needs { socket } or { url }
createSocketIoTransport({});

// errors keep their code and path
export function describeError(error: unknown): string | undefined {
  if (error instanceof WrapUpError) return `${error.code} ${error.path.join('.')}`;
  return undefined;
}

// CC users are typed
export const agentId = (user: CCUser): string => user.id;
expectType<Equal<WrapUpMessages['dir'], 'ltr' | 'rtl' | undefined> | Equal<WrapUpMessages['dir'], 'ltr' | 'rtl'>>(true);
export const payload = buildCloseWrapup(context, null);
expectType<Equal<typeof payload.conversationId, string>>(true);
