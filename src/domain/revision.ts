/**
 * Revisions: how a write tells that the record it started from is still the one stored.
 *
 * Several Latitude views are open at once (a log tab, the side panel during a call, the popup). An
 * editor remembers the revision it opened; its save goes through only if the stored record still
 * has that revision, so a stale copy never silently overwrites a newer one. Every write through the
 * database adds one to `rev` (src/db/revisions.ts does it for every table, so no write path can
 * forget), and `updatedAt` is compared too, for records written before revisions existed.
 */

/** The part of a stored record that identifies one version of it. */
export interface Revision {
  rev?: number | undefined;
  updatedAt: string;
  deletedAt?: string | undefined;
}

export function revisionOf(record: Pick<Revision, 'rev'>): number {
  return record.rev ?? 0;
}

/** Whether `stored` is still the version an edit started from (`base`); a deletion is a change. */
export function isSameVersion(base: Revision, stored: Revision | undefined): boolean {
  return (
    stored !== undefined &&
    !stored.deletedAt &&
    !base.deletedAt &&
    revisionOf(stored) === revisionOf(base) &&
    stored.updatedAt === base.updatedAt
  );
}

/** The revision a record leaving this device carries: one more than it had. */
export function nextRevision<T extends Pick<Revision, 'rev'>>(record: T): T & { rev: number } {
  return { ...record, rev: revisionOf(record) + 1 };
}
