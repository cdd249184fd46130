import Dexie, { type DBCoreTransaction, type EntityTable } from 'dexie';
import { isSameVersion, nextRevision, type Revision, revisionOf } from '../domain/revision';
import { writeMiddleware } from './write-middleware';

/** Transactions that store records exactly as given (see `keepRevisions`). */
const verbatim = new WeakSet<DBCoreTransaction>();

/**
 * Marks the current read-write transaction as one that stores records as they are, revisions
 * included: a backup brought back, a copy restored. Call first thing inside the transaction.
 */
export function keepRevisions(): void {
  const transaction = Dexie.currentTransaction?.idbtrans as DBCoreTransaction | undefined;
  if (!transaction) throw new Error('keepRevisions() must be called inside a transaction.');
  verbatim.add(transaction);
}

/**
 * Adds one to the revision of every record written (add or put), in every table: a write path
 * cannot forget it, so an editor holding an older revision always notices (src/domain/revision.ts).
 * A record written for the first time gets revision 1. Transactions marked by `keepRevisions`
 * store records as given.
 */
export const revisionsMiddleware = writeMiddleware('revisions', (request, down) =>
  (request.type !== 'add' && request.type !== 'put') || verbatim.has(request.trans)
    ? down(request)
    : down({ ...request, values: request.values.map(countWrite) }),
);

/**
 * The record given to `put` or `add` is updated in place (as Dexie does with generated keys), so
 * that what the caller holds afterwards is the record as stored, revision included.
 */
function countWrite(value: unknown): unknown {
  const record = value as Revision;
  if (Object.isFrozen(record)) return nextRevision(record);
  record.rev = revisionOf(record) + 1;
  return record;
}

/**
 * A save refused because the record changed (or was deleted) in another view since the edit
 * began. `stored` is the other view's version, or undefined when it was deleted or is gone.
 */
export class StaleWriteError<T> extends Error {
  constructor(readonly stored: T | undefined) {
    super(stored ? 'This changed in another view.' : 'This was deleted in another view.');
    this.name = 'StaleWriteError';
  }
}

export function isStaleWrite<T>(error: unknown): error is StaleWriteError<T> {
  return error instanceof StaleWriteError;
}

/**
 * Writes `next` only if the stored record is still the version the edit started from (`base`);
 * otherwise throws a StaleWriteError carrying the stored version. With no base, writes over
 * whatever is stored, a tombstone included: the user chose to keep their version ("Save mine
 * anyway"). Call inside a read-write transaction on `table`. Returns the record as stored.
 */
export async function putIfUnchanged<T extends Revision & { id: string }>(
  table: EntityTable<T, 'id'>,
  next: T,
  base: Revision | undefined,
): Promise<T> {
  const stored: T | undefined = await table.get(next.id as never);
  if (base && !isSameVersion(base, stored)) {
    throw new StaleWriteError<T>(stored && !stored.deletedAt ? stored : undefined);
  }
  const { deletedAt: _live, ...written } = { ...next, rev: stored ? revisionOf(stored) : revisionOf(next) };
  await table.put(written as T);
  return written as T;
}
