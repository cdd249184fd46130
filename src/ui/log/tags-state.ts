import { type ReadonlySignal, signal } from '@preact/signals';
import type { LatitudeDb } from '../../db/database';
import { addCustomArea, renameCustomArea } from '../../db/labels/areas';
import { listTags, renameTag } from '../../db/labels/tags';
import type { CustomArea } from '../../domain/area';
import type { AppClock } from '../kit/app-env';
import { writeFailure } from '../kit/write-failure';
import { liveRead } from '../kit/live-reads';

export interface TagsStateDeps {
  db: LatitudeDb;
  clock: AppClock;
  /** The user's own areas, as the page reads them. */
  customAreas: ReadonlySignal<readonly CustomArea[]>;
}

/**
 * `#/tags`: the tags (rename; a rename to another tag's name merges the two) and the areas (the
 * built-in eight, plus the user's own to add and rename). Each action resolves with why it was
 * refused or failed, said under its field, or `undefined` once stored (then `status` says so).
 */
export function createTagsState({ db, clock, customAreas }: TagsStateDeps) {
  const tags = liveRead(
    () => 'all',
    () => listTags(db),
  );
  const status = signal('');

  /** Runs a write; a failed one is said in words, with what was typed kept in its field. */
  async function attempt(not: string, write: () => Promise<string | undefined>): Promise<string | undefined> {
    status.value = '';
    try {
      return await write();
    } catch (error) {
      return `${not}: ${writeFailure(error, db)} The name you typed is kept.`;
    }
  }

  return {
    tags: tags.result,
    customAreas,
    status,

    renameTag: (tag: string, name: string) =>
      attempt('Not renamed', async () => {
        const result = await renameTag(db, tag, name, clock.now());
        if (!result.ok) return result.errors[0]?.message ?? 'Not renamed.';
        const where = `${result.updated} ${result.updated === 1 ? 'entry' : 'entries'}`;
        status.value = `#${tag} is now #${name.trim().replace(/^#+/, '')} on ${where}.`;
        return undefined;
      }),

    renameArea: (area: CustomArea, name: string) =>
      attempt('Not renamed', async () => {
        const result = await renameCustomArea(db, area.id, name, clock.now());
        if (!result.ok) return result.errors[0]?.message ?? 'Not renamed.';
        status.value = `Area renamed to ${result.area.name}.`;
        return undefined;
      }),

    addArea: (name: string) =>
      attempt('Not added', async () => {
        const result = await addCustomArea(db, name, clock.now());
        if (!result.ok) return result.errors[0]?.message ?? 'Not added.';
        status.value = `Area ${result.area.name} added.`;
        return undefined;
      }),

    dispose: tags.dispose,
  };
}

export type TagsState = ReturnType<typeof createTagsState>;
