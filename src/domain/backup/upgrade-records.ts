/**
 * Backups outlive the code that wrote them: a file exported at schema version n must import into
 * every later version. Each database version that changes the shape of records (not just indexes)
 * adds here the same transformation its Dexie upgrader applies, as a pure function from the raw
 * tables of version n to those of version n + 1. Versions that only add indexes or tables need no
 * step: a table missing from an older file is simply empty.
 *
 * The records given to a step come from a file and are not yet validated: a step must not trust
 * their shape (leave what it does not recognise alone; validation afterwards names what is wrong).
 */
export type RawTables = Record<string, unknown[]>;

export type RecordsUpgrade = (tables: RawTables) => RawTables;

/** Keyed by the version upgraded from. Frozen once released, like the Dexie versions. */
export const BACKUP_RECORD_UPGRADES: Readonly<Partial<Record<number, RecordsUpgrade>>> = {};

export function upgradeRecords(
  tables: RawTables,
  fromVersion: number,
  toVersion: number,
  upgrades: Readonly<Partial<Record<number, RecordsUpgrade>>> = BACKUP_RECORD_UPGRADES,
): RawTables {
  let current = tables;
  for (let version = fromVersion; version < toVersion; version += 1) {
    current = upgrades[version]?.(current) ?? current;
  }
  return current;
}
