import type { AreaOption } from '../../domain/area';
import type { Entry } from '../../domain/entry';
import { isFiltered } from '../../domain/log-filter';
import { describeKindCounts, groupEntries } from '../../domain/log-groups';
import { BulkBar } from './BulkBar';
import { DownloadLogMarkdown } from './DownloadLogMarkdown';
import { EmptyLog } from './EmptyLog';
import type { EntriesState } from './entries-state';
import { FilterBar } from './FilterBar';
import { LogEntry } from './LogEntry';

interface Props {
  state: EntriesState;
  areas: readonly AreaOption[];
}

/** Browse (grouped by week or month) or search (ranked), with filters, selection and Undo. */
export function EntriesView({ state, areas }: Props) {
  const filter = state.filter.value;
  const searching = state.searching.value;
  const page = state.page.value;
  const tags = state.tagChoices.value;
  const people = state.personChoices.value;
  // Only whether the index is ready matters here; its progress re-renders SearchProgress alone.
  const indexReady = state.search.ready.value;
  const kindCounts = state.kindCounts.value;
  const shown = state.shown.value;
  const hasMore = state.hasMore.value;
  const termsFor = state.termsFor.value;
  const total = state.total.value;
  const linkable = state.linkableWins.value;

  const editor = state.editor.value;
  const item = (entry: Entry) => {
    const editing = editor?.entryId === entry.id ? editor : undefined;
    return (
      <LogEntry
        key={entry.id}
        entry={entry}
        areas={areas}
        terms={termsFor.get(entry.id)}
        selected={state.selection.value.has(entry.id)}
        editor={editing}
        onSelect={(selected) => state.toggleSelected(entry.id, selected)}
        onEdit={() => state.startEditing(entry)}
        onDelete={() => void state.remove([entry.id])}
        about={state.aboutTexts(entry)}
        wins={linkable?.forId === entry.id ? linkable.choices : undefined}
        // The editor's own version: the one on screen may be another view's newer one.
        loadWins={() => void state.loadLinkableWins(editing?.base.value ?? entry)}
      />
    );
  };
  // The list has settled (read, or failed to be): an editor whose entry is not in it is shown
  // above it, so a draft reopened while the log cannot be read still shows what was typed.
  const editedElsewhere =
    editor && state.listed.value && !shown.some((entry) => entry.id === editor.entryId) ? editor : undefined;
  const nothingAtAll = state.nothingAtAll.value;

  return (
    <>
      <FilterBar
        state={state}
        areas={areas}
        tags={tags.status === 'ready' ? tags.value : []}
        people={people.status === 'ready' ? people.value : []}
        counts={kindCounts}
      />
      <DownloadLogMarkdown state={state} />
      <UndoBar state={state} />
      <p class="status notice" role="status">
        {state.notice.value}
      </p>
      {state.failure.value && (
        <p class="alert" role="alert">
          {state.failure.value}
        </p>
      )}
      {state.selection.value.size > 0 && <BulkBar state={state} shown={shown} />}

      {editedElsewhere && (
        // An entry deleted in another view, outside the filters, or on a later page (a draft
        // reopened after a reload): its editor, and what was typed, stay in view here.
        <section class="editing-apart" aria-label="Entry being edited">
          <p class="muted">This entry is not in the list below; what you typed is kept here.</p>
          <ul class="entries">{item(editedElsewhere.base.value)}</ul>
        </section>
      )}

      {searching && <SearchProgress state={state} />}
      {page.status === 'error' && (
        <p class="alert" role="alert">
          The log cannot be read right now.
        </p>
      )}
      {!searching && page.status === 'loading' && <p class="muted">Loading…</p>}

      {kindCounts && total !== undefined && total > 0 && (
        <p class="summary">
          {`${total.toLocaleString('en')} ${searching ? 'found' : total === 1 ? 'entry' : 'entries'}: ${describeKindCounts(kindCounts)}`}
        </p>
      )}

      {/* One named region around the groups or results, so every entry can be found in one place. */}
      <section class="entry-region" aria-label="Entries">
        {nothingAtAll ? (
          <EmptyLog />
        ) : searching ? (
          indexReady &&
          (shown.length === 0 ? (
            <p class="muted">
              Nothing found for “{filter.q}”{isFiltered({ ...filter, q: '' }) ? ' with these filters' : ''}.
            </p>
          ) : (
            <ul class="entries" aria-label="Search results">
              {shown.map(item)}
            </ul>
          ))
        ) : (
          page.status === 'ready' &&
          (shown.length === 0 ? (
            <p class="muted">No entries match these filters.</p>
          ) : (
            groupEntries(shown, filter.group).map((group, i, groups) => {
              const partial = hasMore && i === groups.length - 1;
              return (
                <section key={group.key} class="group" aria-labelledby={`group-${group.key}`}>
                  <h2 id={`group-${group.key}`}>
                    {group.label}{' '}
                    <span class="group-counts">
                      {describeKindCounts(group.counts)}
                      {partial ? ' so far' : ''}
                    </span>
                  </h2>
                  <ul class="entries" aria-label={group.label}>
                    {group.entries.map(item)}
                  </ul>
                </section>
              );
            })
          ))
        )}
        {hasMore && (
          <button type="button" onClick={() => state.showMore()}>
            {searching ? 'Show more results' : 'Show older entries'}
          </button>
        )}
      </section>
    </>
  );
}

/** The index's progress, in its own component so each chunk re-renders only this line. */
function SearchProgress({ state }: { state: EntriesState }) {
  const index = state.search.status.value;
  if (index.kind === 'building') {
    return (
      <p class="muted" role="status">
        Preparing search… {index.done.toLocaleString('en')} entries read.
      </p>
    );
  }
  if (index.kind === 'failed') {
    return (
      <p class="alert" role="alert">
        Search is not available right now: {index.message}
      </p>
    );
  }
  return null;
}

function UndoBar({ state }: { state: EntriesState }) {
  const offer = state.undo.value;
  return (
    <div class="undo" aria-live="polite">
      {offer && (
        <>
          <span>{offer.message}</span>
          <button type="button" onClick={() => void state.undoDelete()}>
            Undo
          </button>
          <button type="button" class="link-button" onClick={() => state.dismissUndo()}>
            Dismiss
          </button>
        </>
      )}
    </div>
  );
}
