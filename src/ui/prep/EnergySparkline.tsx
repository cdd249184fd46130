import { formatEnergy } from '../../domain/prep/energy-trend';
import { monthOrdinal } from '../../domain/prep/period';
import type { MonthEnergy } from '../../domain/prep/types';

const WIDTH = 96;
const HEIGHT = 28;
const PAD = 4;

/**
 * Average energy by month as a small line chart, in plain SVG (no chart library: a polyline is all
 * it takes). Months are placed by date, so a gap of months shows as a longer segment. The values
 * are also given as the image's accessible name, for screen readers and for anyone who prefers
 * numbers.
 */
export function EnergySparkline({ months, area }: { months: readonly MonthEnergy[]; area: string }) {
  if (months.length === 0) return <span class="muted">–</span>;
  const first = monthOrdinal(months[0]!.month);
  const span = Math.max(1, monthOrdinal(months.at(-1)!.month) - first);
  const x = (m: MonthEnergy) =>
    months.length === 1 ? WIDTH / 2 : PAD + ((monthOrdinal(m.month) - first) / span) * (WIDTH - 2 * PAD);
  const y = (value: number) => PAD + ((2 - value) / 4) * (HEIGHT - 2 * PAD);
  const points = months.map((m) => `${x(m).toFixed(1)},${y(m.average).toFixed(1)}`).join(' ');
  const label = `Energy in ${area} by month: ${months.map((m) => `${m.month} ${formatEnergy(m.average)}`).join(', ')}`;
  return (
    <svg
      class="sparkline"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label={label}
    >
      <line class="sparkline-zero" x1={0} x2={WIDTH} y1={y(0)} y2={y(0)} />
      {months.length > 1 && <polyline class="sparkline-line" points={points} />}
      {months.map((m) => (
        <circle key={m.month} class="sparkline-dot" cx={x(m)} cy={y(m.average)} r={2} />
      ))}
    </svg>
  );
}
