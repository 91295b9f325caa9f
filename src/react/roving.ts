/**
 * The reason list's keyboard, as the WAI-ARIA APG describes a composite widget: one tab stop with
 * roving focus. Written by hand rather than taken from React Aria (see README, "Keyboard"): the list
 * is native checkboxes (or radios) in fieldsets, its rows are virtualised by @tanstack/react-virtual,
 * and what moves is DOM focus between the options that are rendered and enabled, in document order
 * (pinned, recently used, then by category; category names are not options, so they are skipped).
 *
 * Which option holds the tab stop is kept in the DOM, not in React state: rows come and go as the
 * agent types or scrolls, so after every change to the list (a MutationObserver) exactly one
 * enabled option gets tabIndex 0: the one that last had focus if it is still there, else the first.
 * Moving focus re-renders nothing.
 */
import type { KeyboardEvent, RefObject } from 'react';
import type { NormalizedWrapUpForm } from '../core/admin-form';

const OPTION = 'input[data-wrapup-option]';

export interface Roving {
  /**
   * The list element is attached (or detached: null). `listRef`, the list's scroll box, is set to it
   * unless the list has its own scroll box inside (the virtualised list's, which sets `listRef` itself).
   */
  attach: (element: HTMLDivElement | null, listRef: RefObject<HTMLDivElement | null>) => void;
  /** An option got focus: it becomes the list's tab stop. */
  focused: (optionId: string) => void;
  /** Focus the option holding the tab stop (↓ from the search box). */
  focusCurrent: () => void;
  /** The option may be removed (unpinned from "Pinned"): if it is, focus the same reason elsewhere (ids ending in `sameReason`), else a neighbour. */
  keepFocusAfter: (option: HTMLElement, sameReason: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>, at: { virtual: boolean; scroller: HTMLElement | null; search: HTMLElement | null }) => void;
}

const usableIn = (list: Element) => Array.from(list.querySelectorAll<HTMLInputElement>(OPTION)).filter((o) => !o.disabled);

export function createRoving(): Roving {
  let list: HTMLDivElement | null = null;
  let observer: MutationObserver | null = null;
  let current: string | null = null;

  const sync = () => {
    if (!list) return;
    const all = list.querySelectorAll<HTMLInputElement>(OPTION);
    let first: HTMLInputElement | undefined;
    let match: HTMLInputElement | undefined;
    for (const o of all) {
      if (o.disabled) continue;
      first ??= o;
      if (o.id === current) match = o;
    }
    const stop = match ?? first;
    for (const o of all) {
      const tabIndex = o === stop ? 0 : -1;
      if (o.tabIndex !== tabIndex) o.tabIndex = tabIndex;
    }
  };
  const frame = (fn: () => void) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(fn) : setTimeout(fn, 0));

  return {
    attach(element, listRef) {
      observer?.disconnect();
      observer = null;
      if (element) {
        // the plain list is its own scroll box; the virtualised one has an inner one, which sets listRef itself
        if (!listRef.current || !element.contains(listRef.current)) listRef.current = element;
        list = element;
        sync();
        if (typeof MutationObserver === 'function') {
          observer = new MutationObserver(sync);
          observer.observe(element, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
        }
      } else {
        if (listRef.current === list) listRef.current = null;
        list = null;
      }
    },
    focused(optionId) {
      current = optionId;
      sync();
    },
    focusCurrent() {
      if (!list) return;
      sync();
      list.querySelector<HTMLInputElement>(`${OPTION}[tabindex="0"]`)?.focus();
    },
    keepFocusAfter(option, sameReason) {
      if (!list) return;
      const usable = usableIn(list);
      const i = usable.indexOf(option as HTMLInputElement);
      const neighbours = [usable[i + 1], usable[i - 1]].filter((o): o is HTMLInputElement => o !== undefined);
      frame(() => {
        if (option.isConnected || !list) return;
        // the same reason where it is still shown (its category), else the option next to it
        const again = usableIn(list).find((o) => o.id.endsWith(sameReason));
        (again ?? neighbours.find((o) => o.isConnected))?.focus();
      });
    },
    onKeyDown(e, { virtual, scroller, search }) {
      const target = e.target as HTMLElement;
      if (!list || !target.matches?.(OPTION) || e.ctrlKey || e.metaKey || e.altKey) return;
      const usable = usableIn(list);
      const i = usable.indexOf(target as HTMLInputElement);
      // a page: the options that fit in the list's box (at least one)
      const rowHeight = Math.max(24, target.getBoundingClientRect().height || 32);
      const page = Math.max(1, Math.floor((scroller?.clientHeight || 320) / rowHeight) - 1);
      let next: HTMLInputElement | undefined;
      switch (e.key) {
        case 'ArrowDown':
          next = usable[i + 1];
          break;
        case 'ArrowUp':
          if (i === 0 && search) {
            e.preventDefault();
            search.focus();
            return;
          }
          next = usable[i - 1];
          break;
        case 'PageDown':
          next = usable[Math.min(usable.length - 1, i + page)];
          break;
        case 'PageUp':
          next = usable[Math.max(0, i - page)];
          break;
        case 'Home':
        case 'End': {
          e.preventDefault();
          const last = e.key === 'End';
          if (virtual && scroller) {
            // the first or last reason may not be rendered: scroll there, then focus it once the rows are in
            scroller.scrollTop = last ? scroller.scrollHeight : 0;
            frame(() => frame(() => (last ? usableIn(list ?? scroller).at(-1) : usableIn(list ?? scroller)[0])?.focus()));
            return;
          }
          (last ? usable.at(-1) : usable[0])?.focus();
          return;
        }
        default:
          return;
      }
      e.preventDefault(); // also keeps radios from changing the choice as focus moves
      next?.focus();
    },
  };
}

/** A place where `/` is typed, not a shortcut. */
export function isTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  return el.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes((el as HTMLInputElement).type);
}

/** Characters of a category or reason label that Expertflow's reporting table (`wrapup_detail`) keeps. */
export const LABEL_REPORT_LIMIT = 50;
const warned = new WeakSet<NormalizedWrapUpForm>();

/** In development, once per form: labels longer than reports keep. */
export function warnLongLabels(form: NormalizedWrapUpForm): void {
  if (warned.has(form)) return;
  warned.add(form);
  const long: string[] = [];
  for (const c of form.categories) {
    if (c.name.length > LABEL_REPORT_LIMIT) long.push(`category "${c.name}"`);
    for (const r of c.reasons) if (r.length > LABEL_REPORT_LIMIT) long.push(`reason "${r}"`);
  }
  if (long.length === 0) return;
  const shown = long.slice(0, 5).join(', ') + (long.length > 5 ? ` and ${long.length - 5} more` : '');
  console.warn(
    `[agent-desk-wrapup] ${long.length} wrap-up label(s) are longer than the ${LABEL_REPORT_LIMIT} characters Expertflow's reporting keeps (table wrapup_detail), so reports will cut them: ${shown}. Shorten them in Unified Admin → Forms → Wrap-Up.`,
  );
}
