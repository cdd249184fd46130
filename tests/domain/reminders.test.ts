import { backupBaseline, daysSince, isBackupDue, isBackupOld } from '../../src/domain/backup-reminder';
import { nextReminderAt } from '../../src/domain/logging-reminder';

describe('the backup reminder', () => {
  const now = new Date('2025-03-20T12:00:00Z');
  const eightDaysAgo = '2025-03-12T11:00:00.000Z';
  const sixDaysAgo = '2025-03-14T12:00:00.000Z';

  it('is due after more than 7 days and at least 10 new entries', () => {
    expect(isBackupDue(eightDaysAgo, 10, now)).toBe(true);
    expect(isBackupDue(eightDaysAgo, 9, now)).toBe(false);
    expect(isBackupDue(sixDaysAgo, 50, now)).toBe(false);
    expect(isBackupDue(undefined, 50, now)).toBe(false);
  });

  it('needs a count of new entries only once the baseline is over 7 days old', () => {
    expect(isBackupOld(eightDaysAgo, now)).toBe(true);
    expect(isBackupOld(sixDaysAgo, now)).toBe(false);
    expect(isBackupOld(undefined, now)).toBe(false);
  });

  it('counts from the last export, or from the first run when there was none', () => {
    expect(backupBaseline({ firstRunAt: sixDaysAgo })).toBe(sixDaysAgo);
    expect(backupBaseline({ firstRunAt: sixDaysAgo, lastExportAt: eightDaysAgo })).toBe(eightDaysAgo);
    expect(backupBaseline({})).toBeUndefined();
    expect(daysSince(eightDaysAgo, now)).toBe(8);
  });
});

describe('the weekly logging reminder', () => {
  // 12 March 2025 was a Wednesday.
  const wednesdayNoon = new Date(2025, 2, 12, 12, 0);

  it('falls on the next chosen weekday at the chosen local time', () => {
    expect(nextReminderAt({ weekday: 5, time: '16:00' }, wednesdayNoon)).toEqual(new Date(2025, 2, 14, 16, 0));
    expect(nextReminderAt({ weekday: 1, time: '09:30' }, wednesdayNoon)).toEqual(new Date(2025, 2, 17, 9, 30));
  });

  it('is later today when the time has not passed yet, next week when it has', () => {
    expect(nextReminderAt({ weekday: 3, time: '16:00' }, wednesdayNoon)).toEqual(new Date(2025, 2, 12, 16, 0));
    expect(nextReminderAt({ weekday: 3, time: '12:00' }, wednesdayNoon)).toEqual(new Date(2025, 2, 19, 12, 0));
  });
});
