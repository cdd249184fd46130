import type { BrowserContext } from 'playwright-core';
import type { Period, PrepKind } from '../../src/domain/prep/types';
import { type Shown, timeBlankPage, timeFirstScreen } from './probes';

/** The prep page's first paint of a conversation: its title, what it says first, and its talking points. */
export const PREP_READY: Shown[] = [
  { selector: 'h1', pattern: ' prep$' },
  { selector: '.opening-text' },
  { selector: 'section.talking-points li.point' },
];

/** The budget: the prep page's first screen within this many blank extension pages (issue 15). */
export const PREP_PAGE_BUDGET = 2.5;

/**
 * The prep page opened on one conversation over `period`, and a blank extension page, loaded in
 * turns (`warmUp` unrecorded pairs, then `runs`), so that each prep sample has a blank page taken
 * at the same moment of the machine to be divided by.
 */
export async function measurePrepPage(
  context: BrowserContext,
  url: (path: string) => string,
  { kind, period }: { kind: PrepKind; period: Period },
  warmUp: number,
  runs: number,
): Promise<{ prepMs: number[]; blankMs: number[] }> {
  const prepUrl = url(`prep.html#kind=${kind}&period=custom&from=${period.from}&to=${period.to}`);
  const prepMs: number[] = [];
  const blankMs: number[] = [];
  for (let i = 0; i < warmUp + runs; i++) {
    const prep = await timeFirstScreen(context, prepUrl, PREP_READY);
    const blank = await timeBlankPage(context, url('bench-blank.html'));
    if (i < warmUp) continue;
    prepMs.push(prep);
    blankMs.push(blank);
  }
  return { prepMs, blankMs };
}
