import { signal } from '@preact/signals';
import type { DraftStore } from '../../browser/draft-store';
import type { OmniboxOverflowInbox } from '../../browser/omnibox-overflow';
import type { LatitudeDb } from '../../db/database';
import { listRecentEntries, saveCapture } from '../../db/entries/capture';
import type { Entry } from '../../domain/entry';
import type { Source } from '../../domain/record';
import { createBackupReminderState } from '../backup/backup-reminder-state';
import { createCaptureState } from '../capture/capture-state';
import { type AppClock, systemClock } from '../kit/app-env';
import { follow, LOADING } from '../kit/live-reads';
import type { LiveResult } from '../kit/use-live-query';
import { writeFailure } from '../kit/write-failure';
import { createOverflowHandover } from './omnibox-handover';

/** How many of the latest entries the popup lists under the form. */
export const RECENT_COUNT = 5;

export interface PopupStateDeps {
  db: LatitudeDb;
  drafts: DraftStore;
  clock?: AppClock;
  /** The active tab, offered as the capture's page. */
  readSource: () => Promise<Source | undefined>;
  /** Address-bar entries over the text limit, waiting to become this form's draft. */
  omniboxOverflow?: OmniboxOverflowInbox | undefined;
}

/**
 * The popup's state: the capture form and its save, the latest entries (live), the hand-over of
 * over-long address-bar entries, and the backup reminder. Created once per popup, started after its
 * first render.
 */
export function createPopupState({ db, drafts, clock = systemClock, readSource, omniboxOverflow }: PopupStateDeps) {
  const capture = createCaptureState({
    drafts,
    save: (input) => saveCapture(db, input, { now: clock.now(), newId: clock.newId }),
    explain: (error) => writeFailure(error, db),
  });
  const recent = signal<LiveResult<Entry[]>>(LOADING);
  const overflow = omniboxOverflow ? createOverflowHandover(capture, drafts, omniboxOverflow) : undefined;
  const backup = createBackupReminderState({ db });

  return {
    capture,
    recent,
    /** Absent where no inbox was given. */
    overflow,
    backup,
    /**
     * What the popup does once on screen: read the latest entries (live), take over a waiting
     * overflow, offer the page (the backup reminder checks itself once shown). Returns what ends it all, when the popup goes.
     */
    start() {
      const following = follow(recent, () => listRecentEntries(db, RECENT_COUNT));
      void overflow?.start();
      void readSource().then((source) => capture.offerSource(source));
      return () => {
        overflow?.stop();
        following.unsubscribe();
      };
    },
  };
}

export type PopupState = ReturnType<typeof createPopupState>;
