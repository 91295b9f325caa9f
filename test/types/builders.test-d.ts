// The builders' inputs are typed (WrapUpContextInput, WrapUpInput | null) and still validated
// at run time. Kept apart from core.test-d.ts because it depends on the typed signatures in
// src/core/build.ts: with `unknown` parameters both @ts-expect-error lines below fail as unused.
import { buildCloseWrapup, buildPublishWrapup, type WrapUpContextInput, type WrapUpInput } from 'agent-desk-wrapup/core';

declare const context: WrapUpContextInput;
declare const wrapUp: WrapUpInput;

buildCloseWrapup(context, wrapUp);
buildCloseWrapup(context, null);
buildPublishWrapup(context, wrapUp);
// @ts-expect-error a number is not a conversation context
buildCloseWrapup(12345, wrapUp);
// @ts-expect-error wrapups is a list of { categoryName, value }
buildCloseWrapup(context, { wrapups: 'Billing' });
// @ts-expect-error a live-chat wrap-up is not null ("Leave" is buildTopicUnsubscription)
buildPublishWrapup(context, null);
