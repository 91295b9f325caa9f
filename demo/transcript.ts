// A line of the desk's chat view: a message, a wrap-up applied, or what happened to the conversation.
import type { WrapUpEntry } from '../src/core';

export interface ChatLine {
  from: 'customer' | 'agent' | 'system' | 'wrapup';
  text: string;
  at: number;
  /** For `wrapup` lines: the codes applied, and the CimEvent id (echoes of a resend are the same event). */
  wrapups?: WrapUpEntry[];
  eventId?: string;
}

