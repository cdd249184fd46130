import { useRef } from 'preact/hooks';
import type { Download } from '../../browser/download';
import type { LatitudeDb } from '../../db/database';
import { countEntriesByKind, listFilteredEntriesPage } from '../../db/entries/log-page';
import { getEntries } from '../../db/entries/search-feed';
import { listPersonNames } from '../../db/people';
import { listTagNames } from '../../db/labels/tags';
import type { AreaOption } from '../../domain/area';
import type { Entry } from '../../domain/entry';
import { isFiltered, serializeLogFilter } from '../../domain/log-filter';
import { countKinds, describeKindCounts, groupEntries } from '../../domain/log-groups';
import { useLiveQuery } from '../kit/use-live-query';
import { BulkBar } from './BulkBar';
import { DownloadLogMarkdown } from './DownloadLogMarkdown';
import { EmptyLog } from './EmptyLog';
import { FilterBar } from './FilterBar';
import { LogEntry } from './LogEntry';
import type { LogState } from './log-state';

interface Props {
  db: LatitudeDb;
  state: LogState;
  areas: readonly AreaOption[];
  /** Where **Download Markdown** saves the file, and the time it is stamped with. */
  download: Download;
  now: () => Date;
}

/** Browse (grouped by week or month) or search (ranked), with filters, selection and Undo. */
export function EntriesView({ db, state, areas, download, now }: Props) {
  const filter = state.filter.value;
  const limit = state.limit.value;
  const searching = state.searching.value;
  const query = { filter, today: state.today() };

  const filterKey = serializeLogFilter(filter);
  // While searching, the database queries rest: a keystroke must not restart them.
  const browseKey = searching ? undefined : filterKey;
  const page = useLiveQuery(
    async () => (searching ? undefined : { ...(await listFilteredEntriesPage(db, limit, query)), filterKey }),
    [db, browseKey, searching ? 0 : limit],
  );
  // The entries come first; counts and the filters' choices each walk an index, so they wait
  // until the entries for this filter are up rather than compete with them for the database.
  const firstScreenUp = searching || (page.status === 'ready' && page.value?.filterKey === filterKey);
  const counts = useLiveQuery(
    () => (searching || !firstScreenUp ? Promise.resolve(undefined) : countEntriesByKind(db, query)),
    [db, browseKey, firstScreenUp],
  );
  // The choices wait only for the very first screen; later filter changes keep them as they are.
  const choicesWanted = useRef(false);
  if (firstScreenUp) choicesWanted.current = true;
  const wanted = choicesWanted.current;
  const tags = useLiveQuery(() => (wanted ? listTagNames(db) : Promise.resolve([])), [db, wanted]);
  const people = useLiveQuery(() => (wanted ? listPersonNames(db) : Promise.resolve([])), [db, wanted]);

  const hits = state.hits.value;
  // Only whether the index is ready matters here; its progress re-renders SearchProgress alone.
  const indexReady = state.search.ready.value;
  const kindCounts = searching
    ? countKinds(hits.map((hit) => hit.entry))
    : counts.status === 'ready'
      ? counts.value
      : undefined;
  const shown: Entry[] = searching
    ? hits.slice(0, limit).map((hit) => hit.entry)
    : page.status === 'ready' && page.value
      ? page.value.entries
      : [];
  const hasMore = searching ? hits.length > limit : page.status === 'ready' && Boolean(page.value?.hasMore);
  // Sets of matched words only for the results on screen, not for every hit.
  const termsFor = new Map(hits.slice(0, limit).map((hit) => [hit.entry.id, new Set(hit.terms)]));
  const total = kindCounts ? Object.values(kindCounts).reduce((sum, n) => sum + n, 0) : undefined;

  // The wins that the feedback on screen is about, for its "About:" line; read only when some is linked.
  const aboutIds = [...new Set(shown.flatMap((entry) => (entry.kind === 'feedback' ? (entry.about ?? []) : [])))];
  const linked = useLiveQuery(
    async () =>
      aboutIds.length === 0
        ? new Map<string, string | undefined>()
        : textsById(aboutIds, await getEntries(db, aboutIds)),
    [db, aboutIds.join(' ')],
  );
  // Until every link of an entry has been read (a link just made), its line waits.
  const aboutTexts = (entry: Entry) =>
    entry.kind === 'feedback' &&
    entry.about?.length &&
    linked.status === 'ready' &&
    entry.about.every((id) => linked.value.has(id))
      ? entry.about.map((id) => linked.value.get(id))
      : undefined;
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
        about={aboutTexts(entry)}
        wins={linkable?.forId === entry.id ? linkable.choices : undefined}
        // The editor's own version: the one on screen may be another view's newer one.
        loadWins={() => void state.loadLinkableWins(editing?.base.value ?? entry)}
      />
    );
  };
  // The list has settled (read, or failed to be): an editor whose entry is not in it is shown
  // above it, so a draft reopened while the log cannot be read still shows what was typed.
  const listed = searching ? indexReady || state.search.status.value.kind === 'failed' : page.status !== 'loading';
  const editedElsewhere = editor && listed && !shown.some((entry) => entry.id === editor.entryId) ? editor : undefined;

  const nothingAtAll =
    !searching && !isFiltered({ ...filter, q: '' }) && page.status === 'ready' && page.value?.entries.length === 0;

  return (
    <>
      <FilterBar
        state={state}
        areas={areas}
        tags={tags.status === 'ready' ? tags.value : []}
        people={people.status === 'ready' ? people.value : []}
        counts={kindCounts}
      />
      <DownloadLogMarkdown db={db} state={state} download={download} now={now} />
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

/** Each id's text, read in the same order; `undefined` for an entry deleted (or purged) since. */
function textsById(ids: readonly string[], entries: readonly (Entry | undefined)[]): Map<string, string | undefined> {
  return new Map(
    ids.map((id, i) => {
      const entry = entries[i];
      return [id, entry && !entry.deletedAt ? entry.text : undefined];
    }),
  );
}

/** The index's progress, in its own component so each chunk re-renders only this line. */
function SearchProgress({ state }: { state: LogState }) {
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

function UndoBar({ state }: { state: LogState }) {
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
