import { buildBackupFile } from '../../src/domain/backup/format';
import { canonicalJson, planImport } from '../../src/domain/backup/import-plan';
import {
  describeBackupProblem,
  describeEditedFile,
  type OpenedBackup,
  openBackup,
  validateBackup,
} from '../../src/domain/backup/read-backup';
import { type BackupData, emptyBackupData } from '../../src/domain/backup/tables';
import { upgradeRecords } from '../../src/domain/backup/upgrade-records';
import { makeActionItem, makeEntry, makePerson, uuidFor } from '../fixtures/db/records';

const META = { schemaVersion: 1, appVersion: '0.1.0', exportedAt: new Date('2025-03-12T13:30:00.000Z') };
const READ = { supportedSchemaVersion: 1 };

function sampleLog(): BackupData {
  return {
    ...emptyBackupData(),
    entries: [makeEntry(1), makeEntry(2, { deletedAt: '2025-03-13T10:00:00.000Z' })],
    people: [makePerson(3)],
    actionItems: [makeActionItem(4)],
  };
}

async function opened(text: string): Promise<OpenedBackup> {
  const result = await openBackup(text, READ);
  if (!result.ok) throw new Error(describeBackupProblem(result.problem));
  return result.backup;
}

type EditableFile = Record<string, unknown> & { data: Record<string, unknown[]> & { entries: unknown[] } };

async function fileWith(edit: (file: EditableFile) => void) {
  const { text } = await buildBackupFile(sampleLog(), META);
  const file = JSON.parse(text);
  edit(file);
  return JSON.stringify(file);
}

describe('the backup file', () => {
  it('has the format, versions, export time, counts and checksum in its header', async () => {
    const { text, filename, counts } = await buildBackupFile(sampleLog(), META);
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      format: 'latitude-backup',
      formatVersion: 1,
      schemaVersion: 1,
      appVersion: '0.1.0',
      exportedAt: '2025-03-12T13:30:00.000Z',
      counts: { entries: 2, people: 1, conversations: 0, actionItems: 1, areas: 0, roles: 0 },
    });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(counts).toEqual(file.counts);
    expect(Object.keys(file.data)).toEqual(['entries', 'people', 'conversations', 'actionItems', 'areas', 'roles']);
    expect(file.data.entries[1].deletedAt).toBe('2025-03-13T10:00:00.000Z');
    expect(filename).toMatch(/^latitude-backup-2025-03-12-\d{4}\.json$/);
  });

  it('opens as intact, and stays intact when only its whitespace changes', async () => {
    const { text } = await buildBackupFile(sampleLog(), META);
    expect((await opened(text)).integrity).toEqual({ kind: 'intact' });
    expect((await opened(JSON.stringify(JSON.parse(text)))).integrity).toEqual({ kind: 'intact' });
  });

  it('notices an edited value and says so plainly', async () => {
    const text = await fileWith((file) => {
      (file.data.entries[0] as { text: string }).text = 'Edited by hand';
    });
    const { integrity } = await opened(text);
    expect(integrity).toEqual({ kind: 'edited', checksumMatches: false, countMismatches: [] });
    if (integrity.kind === 'edited') {
      expect(describeEditedFile(integrity)).toMatch(
        /changed after Latitude exported it.*checksum no longer matches.*import it anyway/,
      );
    }
  });

  it('notices counts that do not match the records', async () => {
    const text = await fileWith((file) => {
      (file.counts as Record<string, number>).people = 5;
    });
    expect((await opened(text)).integrity).toEqual({
      kind: 'edited',
      checksumMatches: true,
      countMismatches: [{ table: 'people', stated: 5, actual: 1 }],
    });
  });
});

describe('refusing a file', () => {
  it.each([
    ['not JSON', 'not json {', 'not-json', /not valid JSON/],
    ['JSON but not an object', '[1, 2]', 'unknown-format', /not a Latitude backup/],
    ['another format', '{"format": "other-app"}', 'unknown-format', /not a Latitude backup/],
    [
      'a newer format',
      '{"format": "latitude-backup", "formatVersion": 2}',
      'newer-format',
      /newer version of Latitude.*format 2/,
    ],
  ])('%s', async (_name, text, kind, message) => {
    const result = await openBackup(text, READ);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.kind).toBe(kind);
      expect(describeBackupProblem(result.problem)).toMatch(message);
      expect(describeBackupProblem(result.problem)).toMatch(/Nothing in your log was changed/);
    }
  });

  it('a newer schema version, with its own message', async () => {
    const text = await fileWith((file) => {
      file.schemaVersion = 7;
    });
    const result = await openBackup(text, READ);
    expect(!result.ok && result.problem).toEqual({ kind: 'newer-schema', schemaVersion: 7 });
    expect(!result.ok && describeBackupProblem(result.problem)).toMatch(/newer version of Latitude \(data version 7\)/);
  });

  it.each([0, -1])('a format version of %i, with a message that says formats start at 1', async (formatVersion) => {
    const text = await fileWith((file) => {
      file.formatVersion = formatVersion;
    });
    const result = await openBackup(text, READ);
    expect(!result.ok && result.problem).toEqual({ kind: 'bad-format-version', formatVersion });
    const message = !result.ok && describeBackupProblem(result.problem);
    expect(message).toBe(
      `This file is not a backup Latitude can read: it says "formatVersion": ${formatVersion}, and Latitude's backup formats start at 1. Import a backup that Latitude exported, without editing its header. Nothing in your log was changed.`,
    );
    expect(message).not.toMatch(/at least 0/);
  });

  it('a format version that is not a whole number', async () => {
    const result = await openBackup(
      await fileWith((file) => {
        file.formatVersion = 1.5;
      }),
      READ,
    );
    expect(!result.ok && describeBackupProblem(result.problem)).toMatch(
      /field "formatVersion" should be a whole number/,
    );
  });

  it('a schema version of 0, said as "more than 0"', async () => {
    const result = await openBackup(
      await fileWith((file) => {
        file.schemaVersion = 0;
      }),
      READ,
    );
    expect(!result.ok && describeBackupProblem(result.problem)).toMatch(
      /field "schemaVersion" should be more than 0\./,
    );
  });

  it('an export time outside the years 1970 to 2100', async () => {
    const result = await openBackup(
      await fileWith((file) => {
        file.exportedAt = '0099-03-12T13:30:00.000Z';
      }),
      READ,
    );
    expect(!result.ok && describeBackupProblem(result.problem)).toMatch(
      /field "exportedAt" should have a year from 1970 to 2100\./,
    );
  });

  it('a damaged header, naming the field', async () => {
    const text = await fileWith((file) => {
      file.exportedAt = 'last Tuesday';
    });
    const result = await openBackup(text, READ);
    expect(!result.ok && result.problem).toMatchObject({ kind: 'bad-header', path: 'exportedAt' });
    expect(!result.ok && describeBackupProblem(result.problem)).toMatch(
      /field "exportedAt" is not a valid date and time/,
    );
  });
});

describe('validating the records', () => {
  it('names the table, index, id and field path of the first bad record', async () => {
    const text = await fileWith((file) => {
      (file.data.entries[1] as { tags: unknown[] }).tags = ['fine', 42];
    });
    const result = await validateBackup(await opened(text), READ);
    expect(!result.ok && result.problem).toEqual({
      kind: 'bad-record',
      table: 'entries',
      index: 1,
      id: uuidFor(2),
      path: 'tags[1]',
      detail: 'should be a string',
    });
    expect(!result.ok && describeBackupProblem(result.problem)).toBe(
      `This backup was not imported: in "entries", the record at index 1 (id "${uuidFor(2)}") is not valid: field "tags[1]" should be a string. Nothing in your log was changed.`,
    );
  });

  it.each([
    ['a missing field', (r: Record<string, unknown>) => delete r.createdAt, 'createdAt', 'is missing'],
    [
      'an unknown kind',
      (r: Record<string, unknown>) => (r.kind = 'brag'),
      'kind',
      'should be one of "win", "feedback", "talent", "note"',
    ],
    [
      'an empty text',
      (r: Record<string, unknown>) => (r.text = '   '),
      'text',
      'is not valid: Write something first: the entry is empty',
    ],
    [
      'a javascript: link',
      (r: Record<string, unknown>) => (r.source = { url: 'javascript:alert(1)', title: 'x' }),
      'source.url',
      'is not a valid web address (http or https)',
    ],
    ['a bad energy', (r: Record<string, unknown>) => (r.energy = 9), 'energy', 'should be at most 2'],
    [
      'a date in year 0099',
      (r: Record<string, unknown>) => (r.occurredOn = '0099-03-12'),
      'occurredOn',
      'should have a year from 1970 to 2100',
    ],
    [
      'a date in 1969',
      (r: Record<string, unknown>) => (r.occurredOn = '1969-12-31'),
      'occurredOn',
      'should have a year from 1970 to 2100',
    ],
    [
      'a date in 2101',
      (r: Record<string, unknown>) => (r.occurredOn = '2101-01-01'),
      'occurredOn',
      'should have a year from 1970 to 2100',
    ],
    [
      'a creation time in year 0001',
      (r: Record<string, unknown>) => (r.createdAt = '0001-01-01T00:00:00.000Z'),
      'createdAt',
      'should have a year from 1970 to 2100',
    ],
    [
      'a deletion time in 2500',
      (r: Record<string, unknown>) => (r.deletedAt = '2500-01-01T00:00:00.000Z'),
      'deletedAt',
      'should have a year from 1970 to 2100',
    ],
  ])('%s', async (_name, edit, path, detail) => {
    const text = await fileWith((file) => {
      edit(file.data.entries[0] as Record<string, unknown>);
    });
    const result = await validateBackup(await opened(text), READ);
    expect(!result.ok && result.problem).toMatchObject({
      kind: 'bad-record',
      table: 'entries',
      index: 0,
      path,
      detail,
    });
  });

  it('names the field of a date out of range in every table that holds dates', async () => {
    const cases: [string, (file: EditableFile) => void, RegExp][] = [
      [
        'actionItems',
        (file) => ((file.data.actionItems![0] as Record<string, unknown>).dueOn = '0050-06-01'),
        /in "actionItems", .* field "dueOn" should have a year from 1970 to 2100/,
      ],
      [
        'actionItems',
        (file) => ((file.data.actionItems![0] as Record<string, unknown>).doneAt = '2101-06-01T00:00:00.000Z'),
        /field "doneAt" should have a year from 1970 to 2100/,
      ],
      [
        'people',
        (file) => ((file.data.people![0] as Record<string, unknown>).updatedAt = '1900-06-01T00:00:00.000Z'),
        /in "people", .* field "updatedAt" should have a year from 1970 to 2100/,
      ],
    ];
    for (const [, edit, message] of cases) {
      const result = await validateBackup(await opened(await fileWith(edit)), READ);
      expect(!result.ok && describeBackupProblem(result.problem)).toMatch(message);
    }
  });

  it('refuses a record that is not an object, and one without an id', async () => {
    const text = await fileWith((file) => {
      file.data.people = ['Dana'];
    });
    const result = await validateBackup(await opened(text), READ);
    expect(!result.ok && describeBackupProblem(result.problem)).toMatch(
      /in "people", the record at index 0 \(without an id\) is not valid: the record itself should be an object/,
    );
  });

  it('refuses two records with the same id', async () => {
    const text = await fileWith((file) => {
      file.data.entries.push({ ...(file.data.entries[0] as object), text: 'twin' });
    });
    const result = await validateBackup(await opened(text), READ);
    expect(!result.ok && result.problem).toMatchObject({
      index: 2,
      path: 'id',
      detail: 'the same id is used by the record at index 0',
    });
  });

  it.each(['secrets', '__proto__', 'constructor', 'toString'])(
    'refuses a table it does not know, "%s", by its name',
    async (name) => {
      // Written as text: a `__proto__` key set on an object would change its prototype instead.
      const { text } = await buildBackupFile(sampleLog(), META);
      const withTable = text.replace('"data": {', `"data": {\n    "${name}": [{ "id": "x" }],`);
      expect(withTable).not.toBe(text);
      const result = await openBackup(withTable, READ);
      expect(!result.ok && result.problem).toEqual({ kind: 'unknown-table', table: name });
      expect(!result.ok && describeBackupProblem(result.problem)).toBe(
        `This backup has a table Latitude does not know, "${name}", so it was not imported. Remove that table from the file, or import a backup that Latitude exported. Nothing in your log was changed.`,
      );
    },
  );

  it('still refuses an unknown table that an upgrade step brings in', async () => {
    const backup = await opened((await buildBackupFile(sampleLog(), META)).text);
    const result = await validateBackup({ ...backup, tables: { ...backup.tables, secrets: [] } }, READ);
    expect(!result.ok && result.problem).toEqual({ kind: 'unknown-table', table: 'secrets' });
  });

  it('reads a table missing from the file as empty (older files lack newer tables)', async () => {
    const text = await fileWith((file) => {
      delete file.data.conversations;
      delete (file.counts as Record<string, number>).conversations;
    });
    const backup = await opened(text);
    expect(backup.integrity.kind).toBe('edited');
    const result = await validateBackup(backup, READ);
    expect(result.ok && result.data.conversations).toEqual([]);
  });

  it('returns records as the schemas normalise them', async () => {
    const text = await fileWith((file) => {
      (file.data.entries[0] as { text: string; extra?: string }).text = '  padded  ';
      (file.data.entries[0] as { extra?: string }).extra = 'dropped';
    });
    const result = await validateBackup(await opened(text), READ);
    expect(result.ok && result.data.entries[0]).toEqual(makeEntry(1, { text: 'padded' }));
  });

  it('works in chunks, reporting progress and pausing between them', async () => {
    const log = { ...emptyBackupData(), entries: Array.from({ length: 25 }, (_, i) => makeEntry(i + 1)) };
    const { text } = await buildBackupFile(log, META);
    const progress: string[] = [];
    let pauses = 0;
    const result = await validateBackup(await opened(text), {
      ...READ,
      chunkSize: 10,
      onProgress: (done, total) => progress.push(`${done}/${total}`),
      pause: async () => {
        pauses += 1;
      },
    });
    expect(result.ok).toBe(true);
    expect(progress).toEqual(['0/25', '10/25', '20/25', '25/25']);
    expect(pauses).toBe(2);
  });
});

describe('the dry run', () => {
  it('counts new, identical and conflicting records, and adds only the new ones', () => {
    const incoming = {
      ...emptyBackupData(),
      entries: [makeEntry(1), makeEntry(2), makeEntry(3)],
      people: [makePerson(4)],
    };
    const plan = planImport(incoming, {
      entries: [undefined, makeEntry(2), makeEntry(3, { text: 'changed since' })],
      people: [undefined],
      conversations: [],
      actionItems: [],
      areas: [],
      roles: [],
    });
    expect(plan.tables.entries).toEqual({ added: 1, identical: 1, conflicting: 1 });
    expect(plan.total).toEqual({ added: 2, identical: 1, conflicting: 1 });
    expect(plan.toAdd.entries).toEqual([makeEntry(1)]);
    expect(plan.toAdd.people).toEqual([makePerson(4)]);
  });

  it('compares records as data, whatever their key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 1, e: 2 }], c: undefined } })).toBe(
      canonicalJson({ a: { d: [1, { e: 2, f: 1 }] }, b: 1 }),
    );
  });
});

describe('record upgrades for old files', () => {
  it('applies each step from the file version up to the current one, in order', () => {
    const steps = {
      1: (t: Record<string, unknown[]>) => ({ ...t, entries: [...(t.entries ?? []), 'v2'] }),
      2: (t: Record<string, unknown[]>) => ({ ...t, entries: [...(t.entries ?? []), 'v3'] }),
    };
    expect(upgradeRecords({ entries: [] }, 1, 3, steps)).toEqual({ entries: ['v2', 'v3'] });
    expect(upgradeRecords({ entries: [] }, 2, 3, steps)).toEqual({ entries: ['v3'] });
    expect(upgradeRecords({ entries: [] }, 3, 3, steps)).toEqual({ entries: [] });
  });
});
