import { LAST_PERSON_KEY } from './storage-keys';

/** The person last picked in the side panel, so the next call starts with them. */
export interface LastPersonStore {
  load(): string | undefined;
  save(personId: string | undefined): void;
}

/** Kept in the extension origin's Web Storage; a failing storage never breaks the panel. */
export function createLastPersonStore(
  key = LAST_PERSON_KEY,
  webStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = globalThis.localStorage,
): LastPersonStore {
  return {
    load() {
      try {
        return webStorage.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    save(personId) {
      try {
        if (personId) webStorage.setItem(key, personId);
        else webStorage.removeItem(key);
      } catch {
        // Not remembering the person is harmless: they are picked again next time.
      }
    },
  };
}
