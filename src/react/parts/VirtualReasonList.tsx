import { elementScroll, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useMemo, type Key, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { IndexedReason } from '../../core/reason-index';

type Row = { kind: 'category'; name: string } | { kind: 'reason'; hit: IndexedReason; index: number };

const ROW_HEIGHT = 36;
/** The list box's size until the browser reports it: the default `--wrapup-list-height` (18rem at 16px). */
const INITIAL_RECT = { width: 320, height: 288 };

/*
 * The virtualizer's defaults read the list box's size (clientHeight) and write its scroll position
 * (scrollTo) while React commits the mount. Either forces the browser to lay out the whole freshly
 * inserted panel in the middle of the commit, then again for the frame. Measured: the biggest single
 * cost of the first render. Instead, the size comes from a ResizeObserver, whose first report
 * arrives in the same frame once layout is done (until then INITIAL_RECT holds, and overscan covers
 * a list a little taller than the default; a taller one is filled before that frame is painted), and
 * a new list's scroll position is not written: it is already at the top.
 */
function observeListRect(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: { width: number; height: number }) => void) {
  const element = instance.scrollElement;
  const Observer = instance.targetWindow?.ResizeObserver; // the panel's own window (a pop-out desk window has its own)
  if (!element || !Observer) return;
  // flushSync: when the reported size needs more rows (a desk with a taller list), they are rendered
  // before this frame is painted, not one frame later (no blank band under the first rows)
  const observer = new Observer(() => flushSync(() => cb({ width: element.clientWidth, height: element.clientHeight })));
  observer.observe(element);
  return () => observer.disconnect();
}

const setUp = new WeakSet<Element>();
function scrollListTo(offset: number, options: { adjustments?: number; behavior?: ScrollBehavior }, instance: Virtualizer<HTMLDivElement, Element>) {
  const element = instance.scrollElement;
  // the first write is the virtualizer's own setup, to offset 0, where a new list already is
  if (element && !setUp.has(element)) {
    setUp.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
}

/**
 * The row model of a long list: the hits with a category heading before each category's first
 * hit. Only the headings' row positions are kept (no object per row: 50,000 reasons would mean
 * 50,000 allocations per keystroke); `rowAt` finds a row by binary search.
 */
export function useReasonRows(hits: readonly IndexedReason[]): { count: number; rowAt: (r: number) => Row } {
  const headings = useMemo(() => {
    const at: number[] = [];
    let last = -1;
    hits.forEach((hit, i) => {
      if (hit.categoryIndex !== last) {
        at.push(i + at.length);
        last = hit.categoryIndex;
      }
    });
    return at;
  }, [hits]);
  const rowAt = (r: number): Row => {
    let lo = 0;
    let hi = headings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (headings[mid]! <= r) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && headings[lo - 1] === r) return { kind: 'category', name: hits[r - lo + 1]!.categoryName };
    return { kind: 'reason', hit: hits[r - lo]!, index: r - lo };
  };
  return { count: hits.length + headings.length, rowAt };
}

/** The virtualised list: only the visible rows (and a few more) are in the DOM. */
export function VirtualReasonList({
  listRef,
  hits,
  focusable,
  render,
}: {
  listRef: RefObject<HTMLDivElement | null>;
  hits: readonly IndexedReason[];
  /** When every option is disabled, the scroll box itself takes focus so the keyboard can still scroll it. */
  focusable: boolean;
  /** One reason as a positioned row: `row.key` is its React key, `row.offset` its distance from the top in px. */
  render: (hit: IndexedReason, index: number, row: { key: Key; offset: number }) => ReactNode;
}) {
  const rows = useReasonRows(hits);
  const virtualizer = useVirtualizer({
    count: rows.count,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    initialRect: INITIAL_RECT,
    observeElementRect: observeListRect,
    scrollToFn: scrollListTo,
  });
  return (
    <div ref={listRef} className="wrapup-scroll" tabIndex={focusable ? 0 : undefined}>
      <div className="wrapup-scroll-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows.rowAt(item.index);
          // one element per row (the option itself is the positioned row): fewer nodes to create per frame
          return row.kind === 'category' ? (
            <div key={item.key} className="wrapup-row wrapup-group-label" data-kind="category" aria-hidden="true" style={{ transform: `translateY(${item.start}px)` }}>
              {row.name}
            </div>
          ) : (
            render(row.hit, row.index, { key: item.key, offset: item.start })
          );
        })}
      </div>
    </div>
  );
}
