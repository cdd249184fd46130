import { liveQuery } from 'dexie';
import { signal } from '@preact/signals';
import type { LatitudeDb } from '../../db/database';
import { listDeletedEntries, restoreEntries } from '../../db/entries/log-page';
import type { Entry } from '../../domain/entry';
import type { LiveResult } from '../kit/use-live-query';

/**
 * The log's "Recently deleted" view: the entries deleted in the last days, on this device or on
 * another one (a delete that came by sync), newest deletion first, each with Restore. A restored
 * entry comes back with a newer revision, so the next sync brings it back on every device too.
 */
export function createDeletedState(deps: { db: LatitudeDb; now: () => Date }) {
  const entries = signal<LiveResult<Entry[]>>({ status: 'loading' });
  /** What the last Restore did (role `status`). */
  const notice = signal('');
  /** Why the last Restore failed (role `alert`); nothing was changed. */
  const failure = signal('');

  return {
    entries,
    notice,
    failure,

    /** Lists the deleted entries and follows their changes, from any view or device; returns the unsubscribe. */
    start(): () => void {
      const subscription = liveQuery(() => listDeletedEntries(deps.db)).subscribe({
        next: (value) => {
          const newestFirst = [...value].sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
          entries.value = { status: 'ready', value: newestFirst };
        },
        error: (error: unknown) => {
          entries.value = { status: 'error', error };
        },
      });
      return () => subscription.unsubscribe();
    },

    async restore(entry: Entry): Promise<void> {
      notice.value = '';
      failure.value = '';
      try {
        const restored = await restoreEntries(deps.db, [entry.id], deps.now());
        notice.value = restored === 1 ? 'Entry restored.' : 'That entry is already back in the log.';
      } catch (error) {
        failure.value = `Restoring failed: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`;
      }
    },
  };
}

export type DeletedState = ReturnType<typeof createDeletedState>;
