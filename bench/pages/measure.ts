/**
 * In-page measuring code shared by every bench page (react-select now, our panel later), so all
 * pages are timed the same way. A page calls `exposeBench({ name, prepare, render })`; the runner
 * (`bench/browser.mjs`) drives it through `window.__bench` from Playwright.
 *
 * Method (the same for every page):
 * - Keystroke → next paint: (for a page with `settled`, the first frame showing the results for the
 *   typed text) a capture `keydown` listener on `window` records `performance.now()`
 *   (t0), then `requestAnimationFrame` and, from inside that frame callback, a `MessageChannel`
 *   message: the message runs after the frame's style/layout/paint, so its time minus t0 is
 *   "keystroke → next paint" (`paintMs`). The keydown, the `input` event and React's synchronous
 *   (discrete-event) render all run in the one task Chromium dispatches for the key, so the frame
 *   after it shows the new query; the runner checks that by reading the input's value in the
 *   frame callback. `scriptMs` is the script-only part: a bubble-phase `input` listener on
 *   `window` runs after React's root listener and after the microtask in which React renders and
 *   commits a discrete update, so its time minus t0 excludes style, layout, paint and the wait
 *   for the frame.
 * - Click → next paint (toggling a reason): the same, from a capture `click` listener on `window`;
 *   `scriptMs` from a bubble-phase `click` listener on `window` (after React handled the click).
 * - Mount → next paint: `performance.now()` before `root.render`, the commit seen from a
 *   `useLayoutEffect` wrapped around the page's element (parents' layout effects run after their
 *   children's, so it fires after the whole tree committed), then the same rAF + message.
 */
import { createElement, useLayoutEffect, useRef, type ReactElement, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/** Resolves with `performance.now()` after the next frame was produced (rAF, then a message after it). */
export function nextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve(performance.now());
      };
      channel.port2.postMessage(null);
    });
  });
}

/** Resolves with `performance.now()` once the current task (and its microtasks) is over. */
export function afterTask(): Promise<number> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve(performance.now());
    };
    channel.port2.postMessage(null);
  });
}

export interface MountTiming {
  /** root.render → the tree committed (ms). */
  commitMs: number;
  /** root.render → next paint after the commit (ms). */
  paintMs: number;
}

export interface KeystrokeSample {
  key: string;
  /**
   * keydown → the `input` event handled (script only: React's render and commit, no style, layout
   * or paint), ms; null when the key fired no input event.
   */
  scriptMs: number | null;
  /** keydown → next paint, ms. */
  paintMs: number;
  /** keydown handler start minus the event's timeStamp: how long the event waited for the main thread, ms. */
  queuedMs: number;
  /** The focused input's value when the frame started (null when the focus is not on an input). */
  value: string | null;
}

export interface ClickSample {
  /** click → the click handled by React (script only), ms. */
  scriptMs: number;
  /** click → next paint, ms. */
  paintMs: number;
  /** `checked` of the clicked input when the frame started (null when it is not a checkbox or radio). */
  checked: boolean | null;
}

export interface BenchPageDefinition {
  /** Page name, as in the runner's page list (`react-select`, `panel`). */
  name: string;
  /**
   * Builds what `render(n)` needs (options, forms) outside the timed part; cache it by n.
   * `fresh`: the next render must use data the page has not rendered before (a new form object), so
   * nothing cached from an earlier mount helps it.
   */
  prepare(n: number, options?: { fresh?: boolean }): void;
  /**
   * The element to mount with n wrap-up reasons. `open`: the list of reasons is visible right
   * away (react-select: `defaultMenuIsOpen`; a panel that always shows its list ignores it).
   */
  render(n: number, options: { open: boolean }): ReactElement;
  /**
   * TODO(heap): one "open → pick a reason → submit → unmount" cycle, for the metric "heap after
   * 1,000 cycles". The runner calls it when a page defines it (see bench/browser.mjs `heap`).
   */
  cycle?(n: number): Promise<void>;
  /**
   * For a page that updates its results after the keystroke's own frame (e.g. React's
   * `useDeferredValue`): true once what is on screen are the results for `query`. The keystroke
   * is then timed to the first frame in which this holds, so a deferred list cannot look faster
   * than it is. Pages that filter synchronously leave it out.
   */
  settled?(query: string): boolean;
}

export interface BenchApi {
  name: string;
  prepare(n: number): void;
  mount(n: number, options?: { open?: boolean; fresh?: boolean }): Promise<MountTiming>;
  unmount(): Promise<void>;
  /** The sample of the last keystroke, once its frame was painted; null when no keydown was seen since the last call. */
  nextKeystroke(): Promise<KeystrokeSample | null>;
  /** The sample of the last click (e.g. on a reason's checkbox), once its frame was painted; null when no click was seen since the last call. */
  nextClick(): Promise<ClickSample | null>;
  hasCycle: boolean;
  cycle(n: number, times: number): Promise<void>;
}

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}

function CommitProbe({ onCommit, children }: { onCommit: () => void; children?: ReactNode }) {
  const callback = useRef(onCommit);
  useLayoutEffect(() => {
    callback.current();
  }, []);
  return children;
}

function inputValue(target: EventTarget | null): string | null {
  const element = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ? target : document.activeElement;
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.value : null;
}

function installKeystrokeProbe(settled?: (query: string) => boolean): () => Promise<KeystrokeSample | null> {
  let pending: Promise<KeystrokeSample> | undefined;
  let handled: ((at: number) => void) | undefined;
  // bubble phase on window: runs after React's listener on its root container, and after the
  // microtask in which React renders and commits a discrete (keyboard/input) update
  window.addEventListener('input', () => {
    const at = performance.now();
    handled?.(at);
    handled = undefined;
  });
  window.addEventListener(
    'keydown',
    (event) => {
      const t0 = performance.now();
      const queuedMs = t0 - event.timeStamp;
      const script = new Promise<number | null>((resolve) => {
        handled = resolve;
        // no input event (the key changed nothing): the end of this task instead
        void afterTask().then(() => {
          if (handled === resolve) {
            handled = undefined;
            resolve(null);
          }
        });
      });
      const paint = new Promise<{ at: number; value: string | null }>((resolve) => {
        const frame = () => requestAnimationFrame(() => {
          const value = inputValue(event.target);
          // results not on screen yet (deferred render): time it to a later frame, up to 5 s
          if (settled && value !== null && !settled(value) && performance.now() - t0 < 5_000) return frame();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            channel.port1.close();
            resolve({ at: performance.now(), value });
          };
          channel.port2.postMessage(null);
        });
        frame();
      });
      pending = Promise.all([script, paint]).then(([scriptAt, painted]) => ({
        key: event.key,
        scriptMs: scriptAt === null ? null : scriptAt - t0,
        paintMs: painted.at - t0,
        queuedMs,
        value: painted.value,
      }));
    },
    { capture: true },
  );
  return async () => {
    const sample = pending;
    pending = undefined;
    return sample ? await sample : null;
  };
}

function installClickProbe(): () => Promise<ClickSample | null> {
  let pending: Promise<ClickSample> | undefined;
  let handled: ((at: number) => void) | undefined;
  window.addEventListener('click', () => {
    handled?.(performance.now());
    handled = undefined;
  });
  window.addEventListener(
    'click',
    (event) => {
      const t0 = performance.now();
      const target = event.target;
      const script = new Promise<number>((resolve) => {
        handled = resolve;
        // the click did not reach window (stopped): the end of this task instead
        void afterTask().then((at) => {
          if (handled === resolve) {
            handled = undefined;
            resolve(at);
          }
        });
      });
      const paint = new Promise<{ at: number; checked: boolean | null }>((resolve) => {
        requestAnimationFrame(() => {
          const checked = target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio') ? target.checked : null;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            channel.port1.close();
            resolve({ at: performance.now(), checked });
          };
          channel.port2.postMessage(null);
        });
      });
      pending = Promise.all([script, paint]).then(([scriptAt, painted]) => ({ scriptMs: scriptAt - t0, paintMs: painted.at - t0, checked: painted.checked }));
    },
    { capture: true },
  );
  return async () => {
    const sample = pending;
    pending = undefined;
    return sample ? await sample : null;
  };
}

/** Mounts the page's component on demand and exposes the measuring API as `window.__bench`. */
export function exposeBench(page: BenchPageDefinition, container: HTMLElement = document.getElementById('root') ?? document.body): void {
  let root: Root | undefined;
  const nextKeystroke = installKeystrokeProbe(page.settled?.bind(page));
  const nextClick = installClickProbe();

  async function unmount() {
    if (!root) return;
    root.unmount();
    root = undefined;
    await nextPaint();
  }

  window.__bench = {
    name: page.name,
    prepare: (n) => page.prepare(n),
    async mount(n, options = {}) {
      await unmount();
      page.prepare(n, { fresh: options.fresh ?? false });
      const current = createRoot(container);
      root = current;
      let start = 0;
      let committedAt = 0;
      let painted!: Promise<number>;
      const committed = new Promise<void>((resolve) => {
        const onCommit = () => {
          committedAt = performance.now();
          painted = nextPaint();
          resolve();
        };
        start = performance.now();
        current.render(createElement(CommitProbe, { onCommit }, page.render(n, { open: options.open ?? false })));
      });
      await committed;
      const paintedAt = await painted;
      return { commitMs: committedAt - start, paintMs: paintedAt - start };
    },
    unmount,
    nextKeystroke,
    nextClick,
    hasCycle: typeof page.cycle === 'function',
    async cycle(n, times) {
      if (!page.cycle) throw new Error(`page ${page.name} has no cycle()`);
      for (let i = 0; i < times; i++) await page.cycle(n);
    },
  };
  document.documentElement.dataset.benchReady = page.name;
}
