import {
  addDays,
  addMonths,
  isCalendarDate,
  monthsInPeriod,
  periodOfLastMonths,
} from '../../../src/domain/prep/period';

describe('calendar arithmetic', () => {
  it('gives the last N months up to today, both ends included', () => {
    expect(periodOfLastMonths(3, new Date(2024, 6, 1, 23, 30))).toEqual({ from: '2024-04-02', to: '2024-07-01' });
    expect(periodOfLastMonths(12, new Date(2024, 0, 15))).toEqual({ from: '2023-01-16', to: '2024-01-15' });
  });

  it('moves a month-end back into shorter months', () => {
    expect(addMonths('2024-05-31', -3)).toBe('2024-02-29');
    expect(addMonths('2023-03-31', -1)).toBe('2023-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('counts the months a period touches', () => {
    expect(monthsInPeriod({ from: '2024-01-31', to: '2024-02-01' })).toBe(2);
    expect(monthsInPeriod({ from: '2024-06-01', to: '2024-01-01' })).toBe(1);
  });

  it('accepts real calendar dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-2-1')).toBe(false);
  });
});
