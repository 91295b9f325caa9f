// The demo agent desk end to end: the page (Vite, ../../demo) in Chromium against the Agent
// Manager simulator, started the way `npm start` starts them. Each test wraps up a different
// seeded conversation: Leave → confirm → timed panel → two reasons and a note → Add Wrap-Up, then
// checks the page's outcome and what the Agent Manager received; and a live-chat wrap-up ("Apply",
// shown in the chat from the Agent Manager's echo), and a reload in the timed phase (the session
// store brings the countdown and the draft back).
// DEMO_SCREENSHOTS=1 also writes docs/screenshots/demo-timed.png and demo-applied.png.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WrapUpContextInput } from '../../src/core';
import type { ReceivedEvent } from '../../src/simulator/types';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { startDemo, type RunningDemo } from '../../scripts/demo-server.mjs';

const APPLIED = 'The wrap-up(s) you added are successfully applied to the conversation.';
const LEFT = 'No wrap-ups added, you have successfully left the conversation.';
const PENDING = /Waiting for the Agent Manager to confirm|will be sent when the connection is back/;
const screenshots = process.env.DEMO_SCREENSHOTS === '1' ? fileURLToPath(new URL('../../docs/screenshots/', import.meta.url)) : undefined;

let demo: RunningDemo;
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  // a long wrap-up timer: no test should race the expiry or the panel's auto-apply
  [demo, browser] = await Promise.all([
    startDemo({ port: 0, agentManagerPort: 0, wrapUpSeconds: 600, conversations: 5, hmr: false, log: () => undefined }),
    chromium.launch(chromiumLaunchOptions),
  ]);
}, 60_000);

afterEach(async () => {
  await context?.close();
  context = undefined;
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

async function simulator<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${demo.agentManagerUrl}/__simulator/${path}`, init);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}
const received = () => simulator<ReceivedEvent[]>('received');
const post = (path: string, body?: unknown) =>
  simulator<unknown>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

async function conversationIdOf(name: string): Promise<string> {
  const contexts = await simulator<WrapUpContextInput[]>('conversations');
  const found = contexts.find((c) => c.customer?.firstName === name);
  if (!found) throw new Error(`no seeded conversation with ${name}`);
  return found.conversationId;
}

/** A fresh browser context (own localStorage) on the desk, connected. */
async function openDesk(): Promise<{ page: Page; connection: Locator }> {
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(demo.pageUrl);
  const connection = page.getByRole('status').filter({ hasText: 'Agent Manager:' });
  await connection.filter({ hasText: 'Connected' }).waitFor();
  return { page, connection };
}

/** Selects the conversation in the list and returns the main area showing it. */
async function select(page: Page, name: string): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: new RegExp(name) }).click();
  const main = page.getByRole('main');
  await main.getByRole('heading', { name, level: 2 }).waitFor();
  return main;
}

/** The conversation's entry in the list (its badge says Active, Wrap-up m:ss or Closed: reason). */
const listItem = (page: Page, name: string) => page.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: new RegExp(name) });

/** Selects the conversation, leaves it through the confirmation, and returns the timed panel. */
async function leave(page: Page, name: string): Promise<Locator> {
  const main = await select(page, name);
  await main.getByRole('button', { name: 'Leave', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: 'Leave conversation' });
  await dialog.getByText(`Are you sure you want to leave the conversation with '${name}'?`).waitFor();
  await dialog.getByRole('button', { name: 'Leave', exact: true }).click();
  await dialog.waitFor({ state: 'hidden' });

  const panel = main.getByRole('region', { name: 'Wrap-up' });
  const timer = panel.getByRole('timer');
  await timer.waitFor();
  expect(await timer.textContent()).toMatch(/^\d+:\d\d left$/);
  return panel;
}

/** Types a search, waits until the list shows only the wanted reason, and picks it with Enter. */
async function pick(panel: Locator, query: string, reason: string): Promise<void> {
  const search = panel.getByRole('searchbox', { name: 'Search reasons' });
  await search.fill(query);
  await panel.getByRole('checkbox', { name: reason, exact: true, checked: false }).waitFor();
  await expect.poll(() => panel.getByRole('checkbox').count()).toBe(1);
  await search.press('Enter');
  await panel.getByRole('checkbox', { name: reason, exact: true, checked: true }).waitFor();
}

async function chosen(panel: Locator): Promise<string[]> {
  const texts = await panel.getByRole('list', { name: 'Selected reasons' }).getByRole('listitem').allTextContents();
  return texts.map((t) => t.replace('×', '').trim());
}

/** The closeWrapup requests the Agent Manager received for the conversation. */
async function closeWrapups(conversationId: string): Promise<ReceivedEvent[]> {
  return (await received()).filter((r) => r.event === 'closeWrapup' && r.conversationId === conversationId);
}

function expectWrapUp(entry: ReceivedEvent | undefined, wrapups: Array<{ categoryName: string; value: string }>, note: string) {
  expect(entry).toMatchObject({ event: 'closeWrapup', valid: true, via: 'socket' });
  const payload = entry!.payload as { cimEvent: { data: { body: { type: string; wrapups: unknown; note: string } } } };
  expect(payload.cimEvent.data.body.type).toBe('WRAPUP');
  expect(payload.cimEvent.data.body.wrapups).toEqual(wrapups);
  expect(payload.cimEvent.data.body.note).toBe(note);
}

const billingRefund = { categoryName: 'Billing', value: 'Refund issued' };
const passwordReset = { categoryName: 'Technical support', value: 'Password reset' };

describe('demo agent desk (Chromium against the Agent Manager simulator)', () => {
  it('leave → timed panel → two reasons and a note → Add Wrap-Up: applied, and exactly that wrap-up arrived', async () => {
    const name = 'Maria Garcia';
    const conversationId = await conversationIdOf(name);
    const { page } = await openDesk();
    const panel = await leave(page, name);

    // the Agent Manager got the leave request, valid
    const leaves = (await received()).filter((r) => r.event === 'topicUnsubscription' && r.conversationId === conversationId);
    expect(leaves).toMatchObject([{ valid: true, duplicate: false }]);

    // focus is in the search box when the timed panel opens: the first reason by keyboard only
    const search = panel.getByRole('searchbox', { name: 'Search reasons' });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await pick(panel, 'refund', 'Refund issued');
    await pick(panel, 'password', 'Password reset');
    expect(await chosen(panel)).toEqual(['Billing › Refund issued', 'Technical support › Password reset']);
    const note = 'Duplicate charge reversed, app fixed after reset.';
    await panel.getByRole('textbox', { name: 'Notes' }).fill(note);
    await page.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /Maria Garcia.*Wrap-up \d+:\d\d/ }).waitFor();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    if (screenshots) {
      await search.fill('');
      await panel.getByRole('checkbox', { name: 'Refund issued', checked: true }).waitFor(); // the whole list again
      mkdirSync(screenshots, { recursive: true });
      await page.screenshot({ path: `${screenshots}demo-timed.png`, fullPage: true });
    }

    await panel.getByRole('button', { name: 'Add Wrap-Up' }).click();
    await page.getByText(APPLIED).waitFor();
    await page.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /Maria Garcia.*Closed: Wrap-up applied/ }).waitFor();

    const wrapUps = await closeWrapups(conversationId);
    expect(wrapUps).toHaveLength(1);
    expect(wrapUps[0]).toMatchObject({ duplicate: false });
    expectWrapUp(wrapUps[0], [billingRefund, passwordReset], note);

    if (screenshots) {
      await page.getByRole('complementary', { name: 'Agent Manager received' }).getByText('closeWrapup').waitFor();
      await page.screenshot({ path: `${screenshots}demo-applied.png`, fullPage: true });
    }
  }, 60_000);

  it('the Agent Manager restarts while the panel is open: the desk reconnects and the wrap-up is applied once', async () => {
    const name = 'James Okafor';
    const conversationId = await conversationIdOf(name);
    const { page, connection } = await openDesk();
    const panel = await leave(page, name);
    await pick(panel, 'refund', 'Refund issued');
    await pick(panel, 'password', 'Password reset');

    await post('restart');
    // the desk's socket reconnects by itself (socket.io-client), and the timed phase goes on
    await expect.poll(() => connection.getAttribute('data-connections'), { timeout: 20_000 }).toBe('2');
    await connection.filter({ hasText: 'Connected' }).waitFor();
    await panel.getByRole('timer').waitFor();
    expect(await chosen(panel)).toEqual(['Billing › Refund issued', 'Technical support › Password reset']);

    const note = 'Applied after an Agent Manager restart.';
    await panel.getByRole('textbox', { name: 'Notes' }).fill(note);
    await panel.getByRole('button', { name: 'Add Wrap-Up' }).click();
    await page.getByText(APPLIED).waitFor();

    const wrapUps = await closeWrapups(conversationId);
    expect(wrapUps).toHaveLength(1);
    expect(wrapUps[0]).toMatchObject({ duplicate: false });
    expectWrapUp(wrapUps[0], [billingRefund, passwordReset], note);
  }, 60_000);

  it('the Agent Manager restarts right after Add Wrap-Up, its answer lost: pending, then resent with the same id and confirmed', async () => {
    const name = 'Aiko Tanaka';
    const conversationId = await conversationIdOf(name);
    const { page, connection } = await openDesk();
    const panel = await leave(page, name);
    await pick(panel, 'refund', 'Refund issued');
    await pick(panel, 'password', 'Password reset');
    const note = 'Sent just before the restart.';
    await panel.getByRole('textbox', { name: 'Notes' }).fill(note);

    // the Agent Manager takes the wrap-up, then restarts before its answer gets out
    await post('faults', { dropNextConfirmations: 1 });
    await panel.getByRole('button', { name: 'Add Wrap-Up' }).click();
    await expect.poll(async () => (await closeWrapups(conversationId)).length).toBe(1);
    await panel.getByText(PENDING).waitFor();
    await page.getByText('1 wrap-up waiting for confirmation').waitFor();
    expect(await panel.getByRole('button', { name: 'Add Wrap-Up' }).isDisabled()).toBe(true);
    await post('restart');

    await page.getByText(APPLIED).waitFor();
    await page.getByText('All wrap-ups confirmed').waitFor();
    expect(Number(await connection.getAttribute('data-connections'))).toBeGreaterThanOrEqual(2);

    // the resend after the reconnect carries the same event id: applied once, confirmed again
    const wrapUps = await closeWrapups(conversationId);
    expect(wrapUps.length).toBeGreaterThanOrEqual(2);
    expect(new Set(wrapUps.map((r) => r.eventId)).size).toBe(1);
    expect(wrapUps.filter((r) => !r.duplicate)).toHaveLength(1);
    for (const entry of wrapUps) expectWrapUp(entry, [billingRefund, passwordReset], note);
  }, 60_000);
  it('live chat: Wrap-up → Apply shows the wrap-up in the chat once (the echo), the chat goes on, and leaving starts a fresh timed wrap-up', async () => {
    const name = 'Liam O’Brien';
    const conversationId = await conversationIdOf(name);
    const { page } = await openDesk();
    const main = await select(page, name);

    await main.getByRole('button', { name: 'Wrap-up', exact: true }).click();
    const panel = main.getByRole('region', { name: 'Wrap-up' });
    await pick(panel, 'refund', 'Refund issued');
    const note = 'Refund promised during the chat.';
    await panel.getByRole('textbox', { name: 'Notes' }).fill(note);
    await panel.getByRole('button', { name: 'Apply' }).click();
    await main.getByText('Wrap-up added to the conversation.').waitFor();
    await panel.waitFor({ state: 'detached' });

    // the chat shows the wrap-up the Agent Manager echoed (onCimEvent, read with readWrapUpBody), once
    const chat = main.getByRole('log', { name: `Messages with ${name}` });
    const bubble = chat.getByRole('listitem').filter({ hasText: 'Wrap-up applied' });
    await bubble.waitFor();
    expect(await bubble.count()).toBe(1);
    expect(await bubble.getByRole('listitem').allTextContents()).toEqual(['Billing › Refund issued']);
    await bubble.getByText(`Note: ${note}`).waitFor();
    const published = (await received()).filter((r) => r.event === 'publishCimEvent' && r.conversationId === conversationId);
    expect(published).toMatchObject([{ valid: true, duplicate: false }]);

    // the chat goes on: still active, and leaving opens the timed phase as a new wrap-up
    await listItem(page, name).filter({ hasText: 'Active' }).waitFor();
    const timed = await leave(page, name);
    await chat.getByText('You left the conversation. Wrap-up time started.').waitFor();
    expect(await timed.getByRole('button', { name: 'Add Wrap-Up' }).isEnabled()).toBe(true);
    expect(await timed.getByText(APPLIED).count()).toBe(0);
    await timed.getByRole('button', { name: 'Leave Without Wrap-Up' }).click();
    await timed.getByText(LEFT).waitFor();
    await listItem(page, name).filter({ hasText: 'Closed: Left without wrap-up' }).waitFor();
    await chat.getByText('Conversation closed: Left without wrap-up.').waitFor();
    expect(await closeWrapups(conversationId)).toMatchObject([{ valid: true, payload: { cimEvent: null } }]);
  }, 60_000);

  it('a reload in the timed phase: the countdown goes on from the same deadline, the draft and the wrap-up count come back', async () => {
    const name = 'Priya Sharma';
    const conversationId = await conversationIdOf(name);
    const { page } = await openDesk();
    const panel = await leave(page, name);
    const nav = page.getByRole('navigation', { name: 'Conversations' });
    await nav.getByText('1 in wrap-up').waitFor();
    await pick(panel, 'refund', 'Refund issued');
    const note = 'Written before the reload.';
    await panel.getByRole('textbox', { name: 'Notes' }).fill(note);
    const secondsLeft = async () => {
      const [, m, s] = /^(\d+):(\d\d) left$/.exec((await panel.getByRole('timer').textContent()) ?? '') ?? [];
      return Number(m) * 60 + Number(s);
    };
    const before = await secondsLeft();
    await page.waitForTimeout(1_200); // the draft is saved on change; let a second of the countdown pass

    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Agent Manager: Connected' }).waitFor();
    await listItem(page, name).filter({ hasText: /Wrap-up \d+:\d\d/ }).waitFor();
    await nav.getByText('1 in wrap-up').waitFor();
    await select(page, name);
    await panel.getByRole('timer').waitFor();
    // the same deadline: time kept running over the reload
    expect(await secondsLeft()).toBeLessThan(before);
    expect(await secondsLeft()).toBeGreaterThan(before - 60);
    expect(await chosen(panel)).toEqual(['Billing › Refund issued']);
    expect(await panel.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe(note);

    await panel.getByRole('button', { name: 'Add Wrap-Up' }).click();
    await page.getByText(APPLIED).waitFor();
    await nav.getByText('1 in wrap-up').waitFor({ state: 'detached' });
    const leaves = (await received()).filter((r) => r.event === 'topicUnsubscription' && r.conversationId === conversationId);
    expect(leaves).toHaveLength(1); // the desk did not leave again after the reload
    const wrapUps = await closeWrapups(conversationId);
    expect(wrapUps).toHaveLength(1);
    expectWrapUp(wrapUps[0], [billingRefund], note);
  }, 60_000);
});
