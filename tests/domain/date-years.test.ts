// Dates have years from 1970 to 2100 wherever one is accepted, and the calendar code reads years
// 0000–0099 as written (Date.UTC would read them as 1900–1999).
import { saveActionItem } from '../../src/db/conversations/action-items';
import { saveRole } from '../../src/db/roles';
import { actionItemSchema } from '../../src/domain/action-item';
import { buildEntry } from '../../src/domain/capture';
import { addDays, addMonths, daysInMonth, startOfWeek, utcDate } from '../../src/domain/calendar';
import { applyEntryDraft, draftFromEntry } from '../../src/domain/entry-edit';
import * as period from '../../src/domain/prep/period';
import { calendarDateSchema, hasYearInRange, timestampSchema } from '../../src/domain/record';
import { isolatedDb } from '../fixtures/db/isolated';
import { makeEntry, uuidFor } from '../fixtures/db/records';

const env = { now: new Date('2025-03-20T09:00:00.000Z'), newId: () => uuidFor(900) };

describe('the years a date may have', () => {
  it.each([
    ['1970-01-01', true],
    ['2100-12-31', true],
    ['2025-03-20', true],
    ['1969-12-31', false],
    ['2101-01-01', false],
    ['0000-01-01', false],
    ['0099-12-31', false],
    ['1900-03-01', false],
  ])('%s: %s', (date, accepted) => {
    expect(hasYearInRange(date)).toBe(accepted);
    expect(calendarDateSchema.safeParse(date).success).toBe(accepted);
    expect(timestampSchema.safeParse(`${date}T12:00:00.000Z`).success).toBe(accepted);
    expect(period.isCalendarDate(date)).toBe(accepted);
  });

  it('leaves a malformed date to the format check, with one message', () => {
    const result = calendarDateSchema.safeParse('20250320');
    expect(result.success).toBe(false);
    expect(!result.success && result.error.issues.map((issue) => issue.code)).toEqual(['invalid_format']);
  });
});

describe('a date out of range is refused with the field named', () => {
  it('in a capture (popup, side panel, context menu, omnibox)', () => {
    const result = buildEntry({ kind: 'win', text: 'Shipped it', occurredOn: '0024-03-20' }, env);
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'occurredOn', message: 'Date: use a year from 1970 to 2100.' }],
    });
  });

  it('when the clock itself is out of range, rather than storing a wrong date', () => {
    const result = buildEntry(
      { kind: 'win', text: 'Shipped it' },
      { ...env, now: new Date('2101-06-01T12:00:00.000Z') },
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => error.message)).toContain('Date: use a year from 1970 to 2100.');
  });

  it('in the log editor, keeping the typed value for the user to fix', () => {
    const entry = makeEntry(1);
    const draft = { ...draftFromEntry(entry), occurredOn: '0025-03-20' };
    expect(applyEntryDraft(entry, draft, env.now)).toEqual({
      ok: false,
      errors: [{ field: 'occurredOn', message: 'Date: use a year from 1970 to 2100.' }],
    });
    expect(draft.occurredOn).toBe('0025-03-20');
    expect(applyEntryDraft(entry, { ...draft, occurredOn: '2100-12-31' }, env.now)).toMatchObject({
      ok: true,
      entry: { occurredOn: '2100-12-31' },
    });
  });

  it('for an action item’s due date in the side panel, and nothing is stored', async () => {
    const db = isolatedDb();
    const saved = await saveActionItem(db, { text: 'Send the doc', owner: 'me', dueOn: '0026-01-15' }, env);
    expect(saved).toEqual({
      ok: false,
      errors: [{ field: 'dueOn', message: 'Due date: use a year from 1970 to 2100.' }],
    });
    // A due date that is not a date at all keeps its own message.
    const garbled = await saveActionItem(db, { text: 'Send the doc', owner: 'me', dueOn: 'soon' }, env);
    expect(garbled).toEqual({
      ok: false,
      errors: [{ field: 'dueOn', message: 'Give the due date as a date, or leave it empty.' }],
    });
    expect(await db.actionItems.count()).toBe(0);
    db.close();
  });

  it('for a role’s dates in Settings → Your roles', async () => {
    const db = isolatedDb();
    expect(await saveRole(db, { title: 'Engineer', areas: [], from: '0019-01-01', change: true }, env)).toEqual({
      ok: false,
      field: 'from',
      message: 'From: use a year from 1970 to 2100.',
    });
    expect(
      await saveRole(db, { title: 'Engineer', areas: [], from: '2019-01-01', until: '2101-01-01', change: true }, env),
    ).toEqual({
      ok: false,
      field: 'until',
      message: 'Until: use a year from 1970 to 2100.',
    });
    expect(await db.roles.count()).toBe(0);
    db.close();
  });

  it('by the schema of every stored record that has dates', () => {
    const item = {
      id: uuidFor(1),
      createdAt: env.now.toISOString(),
      updatedAt: env.now.toISOString(),
      text: 'x',
      owner: 'me',
    };
    expect(actionItemSchema.safeParse({ ...item, dueOn: '2030-01-01' }).success).toBe(true);
    expect(actionItemSchema.safeParse({ ...item, dueOn: '0030-01-01' }).success).toBe(false);
    expect(actionItemSchema.safeParse({ ...item, doneAt: '0030-01-01T00:00:00.000Z' }).success).toBe(false);
  });
});

describe('calendar arithmetic reads years 0000–0099 as written', () => {
  it('makes the day it is given, not one in the 1900s', () => {
    expect(utcDate(50, 0, 1).toISOString()).toBe('0050-01-01T00:00:00.000Z');
    expect(utcDate(0, 1, 29).toISOString()).toBe('0000-02-29T00:00:00.000Z');
    // Date.UTC, for contrast: the trap this avoids.
    expect(new Date(Date.UTC(50, 0, 1)).toISOString()).toBe('1950-01-01T00:00:00.000Z');
  });

  it('knows the leap years of the first century (0000 and 0004 are leap, 1900 is not)', () => {
    expect(daysInMonth(0, 1)).toBe(29);
    expect(daysInMonth(4, 1)).toBe(29);
    expect(daysInMonth(1900, 1)).toBe(28);
    expect(daysInMonth(2024, 1)).toBe(29);
  });

  it('in src/domain/calendar.ts', () => {
    expect(addMonths('0000-01-31', 1)).toBe('0000-02-29');
    expect(addMonths('0099-12-15', 1)).toBe('0100-01-15');
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
    expect(startOfWeek('0050-01-01')).toBe('0049-12-27');
  });

  it('in the prep’s period code', () => {
    expect(period.addMonths('0000-01-31', 1)).toBe('0000-02-29');
    expect(period.addMonths('0004-03-31', -1)).toBe('0004-02-29');
    expect(period.addDays('0050-12-31', 1)).toBe('0051-01-01');
    expect(period.addDays('0001-01-01', -1)).toBe('0000-12-31');
  });
});
