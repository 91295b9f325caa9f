// A made-up chat for each seeded conversation, so the desk looks like one. Nothing here is sent.
import type { WrapUpContextInput, WrapUpEntry } from '../src/core';

export interface ChatLine {
  from: 'customer' | 'agent' | 'system' | 'wrapup';
  text: string;
  at: number;
  /** For `wrapup` lines: the codes applied, and the CimEvent id (echoes of a resend are the same event). */
  wrapups?: WrapUpEntry[];
  eventId?: string;
}

const scripts: ReadonlyArray<ReadonlyArray<[ChatLine['from'], string]>> = [
  [
    ['customer', 'Hi, I was charged twice for my last order.'],
    ['agent', 'Sorry about that, {first}. Let me look at your account.'],
    ['agent', 'I can see the duplicate charge. I have reversed it; it will be back on your card in 3–5 days.'],
    ['customer', 'Great, thank you so much!'],
  ],
  [
    ['customer', 'The app keeps logging me out since yesterday.'],
    ['agent', 'Thanks for reaching out, {first}. Which version of the app are you on?'],
    ['customer', 'The latest one, I think. 5.2?'],
    ['agent', 'Reinstalling 5.2.1 fixes it. Could you try that and tell me how it goes?'],
    ['customer', 'That worked. Thanks!'],
  ],
  [
    ['customer', 'Where is my parcel? It was due on Monday.'],
    ['agent', 'Hello {first}, I am checking the tracking for you now.'],
    ['agent', 'It is with the courier and will arrive tomorrow before noon.'],
    ['customer', 'OK, good to know.'],
  ],
];

function hash(s: string): number {
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return Math.abs(h);
}

/** A short chat that fits the conversation (always the same one for the same conversation). */
export function transcriptFor(context: WrapUpContextInput, name: string): ChatLine[] {
  const script = scripts[hash(context.conversationId) % scripts.length]!;
  const first = name.split(' ')[0] ?? name;
  const start = context.participant.joiningTime ?? Date.now() - 10 * 60_000;
  return script.map(([from, line], i) => ({ from, text: line.replace('{first}', first), at: start + i * 47_000 }));
}
