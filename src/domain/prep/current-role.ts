import type { AreaId } from '../area';
import type { Entry } from '../entry';
import type { LogView } from './log-view';

/**
 * The role a step-down moves away from: leading and managing (engineering manager, tech lead).
 * Its energy is read from entries in these areas only, so that a manager who loves the coding
 * they still do sees the trend of the managing, not of the whole week.
 */
export const CURRENT_ROLE_AREAS: readonly AreaId[] = ['leading-teams', 'managing-people', 'managing-projects'];

export function currentRoleEntries(view: LogView): Entry[] {
  return view.entries.filter((entry) => entry.areas.some((area) => CURRENT_ROLE_AREAS.includes(area)));
}
