import { computed, signal } from '@preact/signals';
import type { LatitudeDb } from '../../db/database';
import { listDeletedEntries, restoreEntries } from '../../db/entries/edits';
import type { ActionStatus } from '../kit/ActionStatus';
import type { AppClock } from '../kit/app-env';
import { writeFailure } from '../kit/write-failure';
import type { LiveResult } from '../kit/use-live-query';
import type { Entry } from '../../domain/entry';
import { liveRead } from '../kit/live-reads';

/**
 * `#/deleted`: the entries deleted in the last days, on this device or on another one (a delete
 * that came by sync, which this device has no Undo for), newest deletion first, each with Restore.
 * A restored entry comes back with a newer revision, so the next sync brings it back everywhere.
 */
export function createDeletedState({ db, clock }: { db: LatitudeDb; clock: AppClock }) {
  const deleted = liveRead(
    () => 'all',
    () => listDeletedEntries(db),
  );
  const entries = computed((): LiveResult<Entry[]> => {
    const read = deleted.result.value;
    if (read.status !== 'ready') return read;
    const newestFirst = [...read.value].sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
    return { status: 'ready', value: newestFirst };
  });
  const status = signal<ActionStatus>({ kind: 'idle' });

  return {
    entries,
    status,

    async restore(entry: Entry): Promise<void> {
      status.value = { kind: 'idle' };
      try {
        const restored = await restoreEntries(db, [entry.id], clock.now());
        status.value = {
          kind: 'done',
          message: restored === 1 ? 'Entry restored.' : 'That entry is already back in the log.',
        };
      } catch (error) {
        status.value = { kind: 'failed', message: `Not restored: ${writeFailure(error, db)} Nothing was changed.` };
      }
    },

    dispose: deleted.dispose,
  };
}

export type DeletedState = ReturnType<typeof createDeletedState>;
