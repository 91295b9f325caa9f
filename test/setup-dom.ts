import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
// findBy*/waitFor give up after this long; 1 s is too tight on a loaded 2-core CI machine (it is a ceiling, not a wait)
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no layout: give the virtualised list's scroll box the size CSS gives it in a browser,
// so @tanstack/react-virtual renders a window of rows (real layout is tested in Chromium).
for (const [prop, size] of [
  ['clientHeight', 360],
  ['clientWidth', 320],
] as const) {
  const original = Object.getOwnPropertyDescriptor(Element.prototype, prop);
  Object.defineProperty(Element.prototype, prop, {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('wrapup-scroll') ? size : ((original?.get?.call(this) as number | undefined) ?? 0);
    },
  });
}
