import type { Entry } from '../entry';
import { monthOf, monthOrdinal } from './period';
import type { EnergySummary, MonthEnergy, Trend } from './types';

/** A trend needs this many months with data: two points are a difference, not a trend. */
export const TREND_MONTHS = 3;
/**
 * A slope smaller than this per month reads as steady: energy is a self-rating from −2 to 2, and a
 * drift of a tenth of a point a month is noise.
 */
const TREND_THRESHOLD = 0.1;

/**
 * Average energy per month, the overall average, and the direction: the least-squares slope over
 * all months with data, never the first and last month alone (one bad week at either end would
 * turn the story around).
 */
export function summarizeEnergy(entries: readonly Entry[]): EnergySummary {
  const byMonth = new Map<string, { sum: number; count: number }>();
  let sum = 0;
  let count = 0;
  for (const entry of entries) {
    if (entry.energy === undefined) continue;
    sum += entry.energy;
    count += 1;
    const month = monthOf(entry.occurredOn);
    const bucket = byMonth.get(month);
    if (bucket) {
      bucket.sum += entry.energy;
      bucket.count += 1;
    } else {
      byMonth.set(month, { sum: entry.energy, count: 1 });
    }
  }
  const months: MonthEnergy[] = [...byMonth]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, bucket]) => ({ month, average: bucket.sum / bucket.count, count: bucket.count }));
  const summary: EnergySummary = { average: count ? sum / count : null, count, months, trend: 'unknown' };
  if (months.length < TREND_MONTHS) return summary;

  const xs = months.map((m) => monthOrdinal(m.month));
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = months.reduce((a, m) => a + m.average, 0) / months.length;
  let num = 0;
  let den = 0;
  months.forEach((m, i) => {
    const dx = xs[i]! - meanX;
    num += dx * (m.average - meanY);
    den += dx * dx;
  });
  const slope = den === 0 ? 0 : num / den;
  const at = (x: number) => clamp(meanY + slope * (x - meanX));
  const trend: Trend = slope > TREND_THRESHOLD ? 'rising' : slope < -TREND_THRESHOLD ? 'falling' : 'steady';
  return {
    ...summary,
    trend,
    fitted: { from: at(xs[0]!), to: at(xs.at(-1)!), firstMonth: months[0]!.month, lastMonth: months.at(-1)!.month },
  };
}

function clamp(value: number): number {
  return Math.max(-2, Math.min(2, value));
}

/** "+1.5", "−0.5", "0": at most one decimal, a real minus sign, a plus for positive values. */
export function formatEnergy(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0';
  const digits = Number.isInteger(rounded) ? String(Math.abs(rounded)) : Math.abs(rounded).toFixed(1);
  return `${rounded > 0 ? '+' : '−'}${digits}`;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "March 2026" from `2026-03`. */
export function monthName(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/**
 * The trend in words that follow the data, in the user's voice: "My energy in managing people has
 * fallen from +1 to −1.5 since January 2026." With fewer than three months, it says so.
 */
export function describeTrend(what: string, energy: EnergySummary, voice: 'I' | 'you' = 'I'): string {
  const my = voice === 'I' ? 'My' : 'Your';
  if (energy.average === null) return `${voice === 'I' ? 'I have' : 'You have'} not recorded how ${what} feels yet.`;
  if (energy.trend === 'unknown' || !energy.fitted) {
    const months = energy.months.length;
    return `Too little data for a trend in ${what}: energy recorded in ${months === 1 ? 'one month' : `${months} months`} (a trend needs three), averaging ${formatEnergy(energy.average)}.`;
  }
  const { from, to, firstMonth } = energy.fitted;
  const since = monthName(firstMonth);
  switch (energy.trend) {
    case 'falling':
      return `${my} energy in ${what} has fallen from ${formatEnergy(from)} to ${formatEnergy(to)} since ${since}.`;
    case 'rising':
      return `${my} energy in ${what} has risen from ${formatEnergy(from)} to ${formatEnergy(to)} since ${since}.`;
    default:
      return `${my} energy in ${what} has held steady around ${formatEnergy(energy.average)} since ${since}.`;
  }
}

export const TREND_LABELS: Record<Trend, string> = {
  rising: 'rising',
  falling: 'falling',
  steady: 'steady',
  unknown: 'too little data for a trend',
};

/**
 * Up to `limit` entries that carry an energy: the most energizing (positive energy only), the most
 * draining (negative only), or simply the newest ones. `entries` come newest first (as everywhere
 * in the view), which then breaks ties.
 */
export function rankByEnergy(entries: readonly Entry[], end: 'highest' | 'lowest' | 'newest', limit: number): Entry[] {
  const levels = end === 'highest' ? [2, 1] : end === 'lowest' ? [-2, -1] : undefined;
  const found: Entry[] = [];
  if (!levels) {
    for (const entry of entries) {
      if (found.length === limit) break;
      if (entry.energy !== undefined) found.push(entry);
    }
    return found;
  }
  for (const level of levels) {
    for (const entry of entries) {
      if (found.length === limit) return found;
      if (entry.energy === level) found.push(entry);
    }
  }
  return found;
}
