import { signal } from '@preact/signals';
import type { DraftStore } from '../../browser/draft-store';
import type { OmniboxOverflowInbox } from '../../browser/omnibox-overflow';
import type { LatitudeDb } from '../../db/database';
import { listRecentEntries, saveCapture } from '../../db/entries/capture';
import type { Entry } from '../../domain/entry';
import type { Source } from '../../domain/record';
import { type BackupReminderDeps, createBackupReminder } from '../backup/backup-reminder-state';
import { createCaptureState } from '../capture/capture-state';
import type { AppClock } from '../kit/app-env';
import { follow, LOADING } from '../kit/live-reads';
import type { LiveResult } from '../kit/use-live-query';
import { writeFailure } from '../kit/write-failure';
import { createOverflowHandover } from './omnibox-handover';

/** How many of the latest entries the popup lists under the form. */
export const RECENT_COUNT = 5;

export interface PopupStateDeps {
  db: LatitudeDb;
  drafts: DraftStore;
  clock: AppClock;
  /** The active tab, offered as the capture's page. */
  readSource: () => Promise<Source | undefined>;
  /** Address-bar entries over the text limit, waiting to become this form's draft. */
  omniboxOverflow?: OmniboxOverflowInbox | undefined;
  /** The backup reminder's store and clock, replaceable in tests. */
  backup?: Omit<BackupReminderDeps, 'db'>;
}

/**
 * The popup's state: the capture form and its save, the latest entries (live), the hand-over of
 * over-long address-bar entries, and the backup reminder. Created once per popup; `start()` after
 * the first render, `dispose()` when it goes.
 */
export function createPopupState({ db, drafts, clock, readSource, omniboxOverflow, backup }: PopupStateDeps) {
  const capture = createCaptureState({
    drafts,
    save: (input) => saveCapture(db, input, { now: clock.now(), newId: clock.newId }),
    explain: (error) => writeFailure(error, db),
  });
  const recent = signal<LiveResult<Entry[]>>(LOADING);
  const stopRecent = follow(recent, () => listRecentEntries(db, RECENT_COUNT));
  const overflow = omniboxOverflow ? createOverflowHandover(capture, drafts, omniboxOverflow) : undefined;
  const backupReminder = createBackupReminder({ db, ...backup });

  return {
    capture,
    recent,
    /** Absent where no inbox was given. */
    overflow,
    backupReminder,
    /** What the popup does once on screen: take over a waiting overflow, offer the page, check the backup. */
    start() {
      void overflow?.start();
      void readSource().then((source) => capture.offerSource(source));
      void backupReminder.check();
    },
    dispose() {
      overflow?.stop();
      backupReminder.dispose();
      stopRecent();
    },
  };
}

export type PopupState = ReturnType<typeof createPopupState>;
