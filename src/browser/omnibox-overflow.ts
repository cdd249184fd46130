import { browser } from 'wxt/browser';
import { type OmniboxOverflow, omniboxOverflowSchema } from '../domain/omnibox';
import { clearBadge } from './badge';
import { OMNIBOX_OVERFLOW_PREFIX } from './storage-keys';

/**
 * Each waiting overflow has a key of its own in `storage.local` (OMNIBOX_OVERFLOW_PREFIX + id),
 * not one shared key: the background adds and the popup removes, from different contexts, and a
 * shared key read and rewritten by both could drop a line entered between the two steps.
 */

type StorageArea = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;

export interface WaitingOverflow {
  key: string;
  overflow: OmniboxOverflow;
}

/** What the popup needs: the waiting overflows, and a way to let one go once it holds it. */
export interface OmniboxOverflowInbox {
  /** Every overflow waiting, oldest first. A stored value that does not parse is left alone. */
  list(): Promise<WaitingOverflow[]>;
  /** Forgets one (only after the popup keeps it as a draft); with none left, clears the badge. */
  remove(key: string): Promise<void>;
}

export interface OmniboxOverflowStore extends OmniboxOverflowInbox {
  /** Keeps a line for the popup (the background, which has no Web Storage for drafts). */
  keep(overflow: OmniboxOverflow, id: string): Promise<void>;
}

/**
 * Omnibox lines over the entry text limit, kept in `storage.local` (shared by the background and
 * the popup, and kept across browser restarts) until the popup takes them over as its draft.
 */
export function createOmniboxOverflowStore(
  area: StorageArea = browser.storage.local,
  clear: () => Promise<void> = () => clearBadge(),
): OmniboxOverflowStore {
  async function list(): Promise<WaitingOverflow[]> {
    const stored = await area.get(null);
    const waiting: WaitingOverflow[] = [];
    for (const [key, value] of Object.entries(stored)) {
      if (!key.startsWith(OMNIBOX_OVERFLOW_PREFIX)) continue;
      const parsed = omniboxOverflowSchema.safeParse(value);
      if (parsed.success) waiting.push({ key, overflow: parsed.data });
    }
    return waiting.sort((a, b) => a.overflow.at.localeCompare(b.overflow.at) || a.key.localeCompare(b.key));
  }
  return {
    list,
    async keep(overflow, id) {
      await area.set({ [OMNIBOX_OVERFLOW_PREFIX + id]: omniboxOverflowSchema.parse(overflow) });
    },
    async remove(key) {
      await area.remove(key);
      if ((await list()).length > 0) return;
      // The badge pointed to the popup; a badge that cannot be cleared changes nothing stored.
      await clear().catch(() => undefined);
    },
  };
}
