import type { Entry } from '../entry';
import { monthOf, monthOrdinal } from './period';
import type { EnergySummary, MonthEnergy, Trend } from './types';

/**
 * A change of energy smaller than this per month reads as steady: energy is a self-rating from
 * −2 to 2, and a drift of a tenth of a point a month is noise, not a trend.
 */
const TREND_THRESHOLD = 0.15;

/** Average energy per month and the direction it moves in (least-squares slope over months). */
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
  return { average: count ? sum / count : null, count, months, trend: trendOf(months) };
}

function trendOf(months: readonly MonthEnergy[]): Trend {
  if (months.length < 2) return 'unknown';
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
  if (slope > TREND_THRESHOLD) return 'rising';
  if (slope < -TREND_THRESHOLD) return 'falling';
  return 'steady';
}

/** "+1.5", "−0.5", "0.0": one decimal, a real minus sign, a plus for positive values. */
export function formatEnergy(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}

export const TREND_LABELS: Record<Trend, string> = {
  rising: 'rising',
  falling: 'falling',
  steady: 'steady',
  unknown: 'not enough data for a trend',
};

/**
 * Up to `limit` entries that carry an energy: the most energizing (positive energy only), the most
 * draining (negative only), or simply the newest ones. `entries` come newest first (as everywhere
 * in the view), which then breaks ties.
 */
export function rankByEnergy(
  entries: readonly Entry[],
  end: 'highest' | 'lowest' | 'newest',
  limit: number,
): Entry[] {
  const levels = end === 'highest' ? [2, 1] : end === 'lowest' ? [-2, -1] : undefined;
  const found: Entry[] = [];
  if (!levels) {
    for (const entry of entries) {
      if (found.length === limit) break;
      if (entry.energy !== undefined) found.push(entry);
    }
    return found;
  }
  // One pass per level, strongest first, each stopping as soon as enough are found.
  for (const level of levels) {
    for (const entry of entries) {
      if (found.length === limit) return found;
      if (entry.energy === level) found.push(entry);
    }
  }
  return found;
}
