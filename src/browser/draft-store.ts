import { type CaptureDraft, captureDraftSchema } from '../domain/draft';

export interface DraftStore {
  load(): CaptureDraft | undefined;
  save(draft: CaptureDraft): void;
  clear(): void;
}

/**
 * Keeps the capture form's draft in the extension origin's Web Storage. It is synchronous on
 * purpose: a popup can close between two keystrokes, and an async write might never finish, while
 * a synchronous one is done before the next event. It also lets the popup render the draft in its
 * very first frame.
 */
export function createDraftStore(
  key: string,
  webStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = globalThis.localStorage,
): DraftStore {
  return {
    load() {
      const raw = safely(() => webStorage.getItem(key));
      if (!raw) return undefined;
      try {
        const parsed = captureDraftSchema.safeParse(JSON.parse(raw));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    save(draft) {
      safely(() => webStorage.setItem(key, JSON.stringify(draft)));
    },
    clear() {
      safely(() => webStorage.removeItem(key));
    },
  };
}

// Web Storage can throw (quota, or storage disabled by the browser's privacy settings); a draft
// that cannot be kept must never break typing.
function safely<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}
