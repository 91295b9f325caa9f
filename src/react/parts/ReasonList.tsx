import { memo } from 'react';
import { reasonKey, type IndexedReason } from '../../core/reason-index';
import { useReasonSearch, type WrapUpPanelState } from '../use-wrapup-panel';
import { ReasonOption } from './ReasonOption';
import { SuggestedReasons } from './SuggestedReasons';
import { VirtualReasonList } from './VirtualReasonList';

/**
 * The search box and the list of reasons. The query is read here (`useReasonSearch`), not in the
 * panel, so a keystroke re-renders only this part (not the panel's hooks, chips, note and buttons).
 * Filtering is one pass over a precomputed index (narrowed to the previous results while the query
 * grows) and a long list is virtualised, so the list updates in the keystroke's own frame.
 */
export function SearchAndReasons({ panel }: { panel: WrapUpPanelState }) {
  const { messages, ids, form, reasons } = panel;
  const { query, hits, announcement } = useReasonSearch(panel);
  return (
    <>
      <fieldset className="wrapup-fieldset" disabled={form.locked}>
        <div className="wrapup-search">
          <label htmlFor={ids.search} className="wrapup-label">
            {messages.searchLabel}
          </label>
          <input {...panel.getSearchProps()} className="wrapup-search-input" />
          <p id={ids.searchHint} className="wrapup-hint">
            {messages.searchHint}
          </p>
        </div>
      </fieldset>
      {/* the number of matches, once typing pauses (polite: it never interrupts) */}
      <p role="status" className="wrapup-visually-hidden">
        {announcement}
      </p>
      {reasons.stale && (
        <p role="status" className="wrapup-hint" data-state="stale">
          {messages.reasonsStale}{' '}
          <button type="button" className="wrapup-button" onClick={reasons.retry}>
            {messages.retry}
          </button>
        </p>
      )}
      {/* outside the disabled fieldset: once locked, the list must stay scrollable (and focusable) by keyboard */}
      <ReasonList panel={panel} hits={hits} query={query} />
      {reasons.status === 'success' && !reasons.isEmpty && (
        <p id={ids.listHint} className="wrapup-hint">
          {messages.listHint}
        </p>
      )}
    </>
  );
}

/** Loading, error, empty, or the reasons: pinned and recently used first, then by category. */
export function ReasonList({ panel, hits, query }: { panel: WrapUpPanelState; hits: readonly IndexedReason[]; query: string }) {
  const { reasons, messages, form, prefs, virtual, ids, getOptionProps, getPinProps, listRef } = panel;
  if (reasons.status === 'loading') {
    return (
      <p role="status" className="wrapup-reasons-state" data-state="loading">
        {messages.loadingReasons}
      </p>
    );
  }
  if (reasons.status === 'error') {
    return (
      <div role="alert" className="wrapup-reasons-state" data-state="error">
        <p>{messages.reasonsFailed(reasons.error?.message ?? '')}</p>
        <button type="button" className="wrapup-button" onClick={reasons.retry}>
          {messages.retry}
        </button>
      </div>
    );
  }
  if (reasons.isEmpty) {
    return (
      <p className="wrapup-reasons-state" data-state="empty">
        {messages.noReasons}
      </p>
    );
  }
  const categories = reasons.form?.categories ?? [];
  const searching = query.trim() !== '';
  const noHits = searching && hits.length === 0 && (
    <p className="wrapup-reasons-state" data-state="no-matches">
      {messages.noMatches(query)}
    </p>
  );
  const group = (kind: 'pinned' | 'recent', label: string, entries: readonly { categoryName: string; value: string }[]) =>
    entries.length > 0 && (
      <fieldset className="wrapup-group" data-kind={kind}>
        <legend className="wrapup-group-label">{label}</legend>
        {entries.map((e) => (
          <ReasonOption key={reasonKey(e)} entry={e} section={kind} getOptionProps={getOptionProps} getPinProps={getPinProps} />
        ))}
      </fieldset>
    );
  const suggested = (
    <SuggestedReasons
      suggestions={panel.suggestions.suggestions}
      messages={messages}
      ids={ids}
      getSuggestionProps={panel.getSuggestionProps}
      getPinProps={getPinProps}
      hidden={searching}
      announcement={panel.suggestionsAnnouncement}
    />
  );
  const shortcuts = !searching && (
    <>
      {group('pinned', messages.pinned, prefs.pinned)}
      {group('recent', messages.recent, prefs.recent)}
    </>
  );
  const listProps = panel.getListProps();

  if (!virtual) {
    const byCategory = categories.map((c, ci) => ({ name: c.name, items: hits.filter((h) => h.categoryIndex === ci) })).filter((g) => g.items.length > 0);
    return (
      <div className="wrapup-list" {...listProps} data-query={query}>
        {form.multiple ? null : <p className="wrapup-hint">{messages.singleChoiceHint}</p>}
        {suggested}
        {shortcuts}
        {byCategory.map((g) => (
          <fieldset key={g.name} className="wrapup-group">
            <legend className="wrapup-group-label">{g.name}</legend>
            {g.items.map((h) => (
              <ReasonOption key={h.key} entry={h} section="c" getOptionProps={getOptionProps} getPinProps={getPinProps} />
            ))}
          </fieldset>
        ))}
        {noHits}
      </div>
    );
  }
  return (
    <div className="wrapup-list" {...listProps} tabIndex={undefined} data-query={query}>
      {form.multiple ? null : <p className="wrapup-hint">{messages.singleChoiceHint}</p>}
      {suggested}
      {shortcuts}
      <CategoryNames ids={ids} categories={categories} />
      <VirtualReasonList
        listRef={listRef}
        hits={hits}
        focusable={form.locked}
        render={(h, _i, row) => (
          <ReasonOption key={row.key} entry={h} section="v" offset={row.offset} describedBy={ids.category(h.categoryIndex)} getOptionProps={getOptionProps} getPinProps={getPinProps} />
        )}
      />
      {noHits}
    </div>
  );
}

/** Hidden category names, each virtual row's description (`aria-describedby`); memoised: a keystroke does not touch them. */
const CategoryNames = memo(function CategoryNames({ ids, categories }: { ids: WrapUpPanelState['ids']; categories: readonly { name: string }[] }) {
  return (
    <div hidden>
      {categories.map((c, ci) => (
        <span key={ci} id={ids.category(ci)}>
          {c.name}
        </span>
      ))}
    </div>
  );
});
