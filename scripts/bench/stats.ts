/** One figure of the benchmark: every sample, and what a reader looks at first. */
export interface Figure {
  name: string;
  unit: 'ms' | '×' | 'B';
  median: number;
  min: number;
  max: number;
  samples: number[];
  /** The budget from docs/design.md, "Performance budgets", in the figure's unit; absent when there is none. */
  budget?: number;
  /** What the figure is measured against, or how, in a few words. */
  note?: string;
}

export function summarize(
  name: string,
  unit: Figure['unit'],
  samples: number[],
  extra: Pick<Figure, 'budget' | 'note'> = {},
): Figure {
  if (samples.length === 0) throw new Error(`No samples for ${name}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { name, unit, median, min: sorted[0]!, max: sorted.at(-1)!, samples, ...extra };
}

/**
 * The ratio of two measurements taken in turns, one sample per pair, so that a slow moment of the
 * machine weighs on both sides of the same sample.
 */
export function ratio(
  name: string,
  numerator: number[],
  denominator: number[],
  extra: Pick<Figure, 'budget' | 'note'> = {},
): Figure {
  return summarize(
    name,
    '×',
    numerator.map((value, i) => value / denominator[i]!),
    extra,
  );
}

export function passes(figure: Figure): boolean | undefined {
  return figure.budget === undefined ? undefined : figure.median <= figure.budget;
}

function format(value: number, unit: Figure['unit']): string {
  if (unit === '×') return `${value.toFixed(2)}×`;
  if (unit === 'B') return `${(value / 1000).toFixed(1)} kB`;
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
}

/** A Markdown table, readable in a terminal and pasteable into the README. */
export function table(figures: Figure[]): string {
  const rows = figures.map((f) => {
    if (f.samples.length === 0)
      return [f.name, 'not available', '', f.budget === undefined ? '' : `≤ ${format(f.budget, f.unit)}`, f.note ?? ''];
    const pass = passes(f);
    return [
      f.name,
      format(f.median, f.unit),
      f.samples.length > 1 ? `${format(f.min, f.unit)} – ${format(f.max, f.unit)}` : '',
      f.budget === undefined ? '' : `≤ ${format(f.budget, f.unit)} ${pass ? 'pass' : 'MISS'}`,
      f.note ?? '',
    ];
  });
  const header = ['figure', 'median', 'min – max', 'budget', 'measured as'];
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** One row of the floor table: a figure of Latitude beside the browser's floor for the same work. */
export interface FloorRow {
  /** What is compared, in a few words. */
  figure: string;
  latitude: Figure | undefined;
  /** The floor: the same work done the barest way the browser allows, or a fixed allowance. */
  floor: Figure | undefined;
  /** The ratio of samples taken in turns, when there is one; otherwise the ratio of the medians. */
  paired?: Figure | undefined;
  /** The most the ratio may be. */
  budget?: number;
}

/** Latitude ÷ floor: the paired ratio's median, or the ratio of the two medians. */
export function floorRatio(row: FloorRow): number | undefined {
  if (row.paired && row.paired.samples.length > 0) return row.paired.median;
  if (!row.latitude?.samples.length || !row.floor?.samples.length) return undefined;
  return row.latitude.median / row.floor.median;
}

/** `figure | Latitude | floor | ratio | budget | within?`: each figure next to its floor. */
export function floorTable(rows: FloorRow[]): string {
  const shown = (figure: Figure | undefined) =>
    figure?.samples.length ? format(figure.median, figure.unit) : 'not measured';
  const body = rows.map((row) => {
    const value = floorRatio(row);
    // Without a floor, the figure's own budget (in its unit) is the one to meet.
    const own = row.budget === undefined && row.latitude?.samples.length ? row.latitude : undefined;
    const within = own
      ? passes(own)
      : value === undefined || row.budget === undefined
        ? undefined
        : value <= row.budget;
    return [
      row.figure,
      shown(row.latitude),
      row.floor ? shown(row.floor) : 'none',
      value === undefined ? '' : `${format(value, '×')}${row.paired?.samples.length ? ' paired' : ''}`,
      row.budget !== undefined
        ? `≤ ${format(row.budget, '×')}`
        : own?.budget !== undefined
          ? `≤ ${format(own.budget, own.unit)}`
          : '',
      within === undefined ? '' : within ? 'yes' : 'NO',
    ];
  });
  const header = ['figure', 'Latitude', 'floor', 'ratio', 'budget', 'within?'];
  return [header, header.map(() => '---'), ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
