/**
 * Cold start: the page of a desk that already runs React and lazy-loads the wrap-up on first use.
 * Each measurement runs in a new browser context (no HTTP or code cache, nothing evaluated yet):
 * `window.__cold.run(kind, n)` imports the kind's chunk, then mounts it once.
 *
 * - fetch: `import()` called → the last of the chunk's files received (Resource Timing `responseEnd`
 *   of the files requested after the call);
 * - evaluate: that → `import()` resolved (parse, compile and run the modules' top level);
 * - render: `root.render` → the tree committed (a layout effect around it);
 * - paint: commit → the first frame (rAF, then a message after it) that shows the reasons (for the
 *   panel its reason checkboxes, for react-select its open menu's options, for the floor its input);
 * - mount = render + paint; total = fetch + evaluate + mount.
 *
 * The form arrives before the clock starts (`window.__coldForms`, injected by the runner): the same
 * Unified Admin JSON (`largeWrapUpForm(n)`) for every kind. The panel normalises and indexes it in its
 * mount; react-select's options are built from it by the chunk before `root.render` (not timed, as
 * in the warm baseline).
 */
import { createElement, useLayoutEffect, type ReactElement, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { nextPaint } from './measure';

export interface ColdChunk {
  /** Builds the element to mount with this form (untimed work such as react-select's options goes here). */
  prepare(form: unknown): () => ReactElement;
  /** True once the frame shows what the kind must show (its reasons, or the input). */
  ready(): boolean;
}

const chunks: Record<string, () => Promise<{ default: ColdChunk }>> = {
  floor: () => import('./cold-floor'),
  panel: () => import('./cold-panel'),
  'react-select': () => import('./cold-react-select'),
};

function Committed({ onCommit, children }: { onCommit: () => void; children: ReactNode }) {
  useLayoutEffect(onCommit, [onCommit]);
  return children;
}

declare global {
  interface Window {
    __coldForms?: Record<string, unknown>;
    __cold: { run(kind: string, n: number): Promise<unknown> };
  }
}

window.__cold = {
  async run(kind, n) {
    const form = window.__coldForms?.[n];
    if (!form) throw new Error(`no form of ${n} reasons was injected`);
    const load = chunks[kind];
    if (!load) throw new Error(`unknown kind ${kind}`);
    const t0 = performance.now();
    const chunk = (await load()).default;
    const imported = performance.now();
    const files = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime >= t0 && /\.js($|\?)/.test(e.name));
    const fetched = Math.max(t0, ...files.map((e) => e.responseEnd));
    const element = chunk.prepare(form);
    const root = createRoot(document.getElementById('root')!);
    let committedAt = 0;
    const committed = new Promise<void>((resolve) => {
      const onCommit = () => {
        committedAt ||= performance.now();
        resolve();
      };
      const start = performance.now();
      root.render(createElement(Committed, { onCommit, children: element() }));
      (window as { __renderStart?: number }).__renderStart = start;
    });
    const renderStart = (window as { __renderStart?: number }).__renderStart!;
    await committed;
    let paintedAt = await nextPaint();
    for (let frames = 1; !chunk.ready(); frames++) {
      if (performance.now() - renderStart > 10_000) throw new Error(`${kind}: nothing to show 10 s after the mount`);
      paintedAt = await nextPaint();
    }
    return {
      fetchMs: fetched - t0,
      evaluateMs: imported - fetched,
      renderMs: committedAt - renderStart,
      paintMs: paintedAt - committedAt,
      mountMs: paintedAt - renderStart,
      totalMs: paintedAt - t0,
      files: files.map((e) => ({ name: new URL(e.name).pathname.split('/').pop(), bytes: e.decodedBodySize })),
    };
  },
};
document.documentElement.dataset.coldReady = '1';
