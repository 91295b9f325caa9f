// Type tests of the framework-free entries, checked under bundler, node16 and nodenext resolution
// (test/types/tsconfig*.json). They import the package by its own name, so they see the
// published declarations (dist), as a consumer does.
import {
  buildCloseWrapup,
  buildPublishWrapup,
  createMemoryStorage,
  createOutbox,
  normalizeWrapUpForm,
  WrapUpError,
  type CloseWrapupPayload,
  type OutboxOutcome,
  type OutboxStorage,
  type WrapUpContextInput,
  type WrapUpInput,
  type WrapUpTransport,
} from 'agent-desk-wrapup/core';
import { createHttpTransport, createMemoryTransport, createSocketIoTransport } from 'agent-desk-wrapup/transport';
import { ar, ur, wrapUpLocales } from 'agent-desk-wrapup/locales';
import { expectType, type Equal } from './helpers.js';

declare const context: WrapUpContextInput;
const wrapUp: WrapUpInput = { wrapups: [{ categoryName: 'Billing', value: 'Refund issued' }], note: 'Customer satisfied' };

// builders: typed inputs
expectType<CloseWrapupPayload>(buildCloseWrapup(context, wrapUp, { format: 'documented' }));
expectType<CloseWrapupPayload>(buildCloseWrapup(context, null));
buildPublishWrapup(context, wrapUp);
// @ts-expect-error no such format
buildCloseWrapup(context, wrapUp, { format: 'xml' });

// the outbox: one createOutbox, storage optional
const transport: WrapUpTransport = createMemoryTransport();
const storage: OutboxStorage = createMemoryStorage();
const outbox = createOutbox({ transport, storage });
createOutbox({ transport });
export const outcome: Promise<OutboxOutcome> = outbox.submit(buildCloseWrapup(context, wrapUp));
expectType<Equal<Awaited<typeof outcome>['status'], 'applied' | 'left' | 'expired' | 'removed' | 'rejected'>>(true);

// transports close
transport.close();
createHttpTransport({ url: 'https://desk.example.com/relay', agentId: 'a' }).close();
createSocketIoTransport({ url: 'https://cx.example.com/agent-manager' }).close();

// errors and forms
export const code = (e: WrapUpError) => e.code;
export const categories = normalizeWrapUpForm({}).categories.map((c) => c.name);
export const languages: readonly string[] = [ar.region, ur.region, wrapUpLocales.en.region];
