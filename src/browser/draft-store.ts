import { type CaptureDraft, captureDraftSchema, type DraftSchema } from '../domain/draft';

/** What someone is typing, kept until its write commits. */
export interface DraftStore<T = CaptureDraft> {
  load(): T | undefined;
  save(draft: T): void;
  clear(): void;
}

export type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * Keeps one draft in the extension origin's Web Storage, under `key`. It is synchronous on
 * purpose: a popup can close between two keystrokes, and an async write might never finish, while
 * a synchronous one is done before the next event. It also lets a view render its draft in its
 * very first frame. A stored draft that no longer matches `schema` loads as none.
 */
export function createDraftStore<T = CaptureDraft>(
  key: string,
  webStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = globalThis.localStorage,
  schema: DraftSchema<T> = captureDraftSchema as unknown as DraftSchema<T>,
): DraftStore<T> {
  return {
    load() {
      const raw = safely(() => webStorage.getItem(key));
      if (!raw) return undefined;
      try {
        const parsed = schema.safeParse(JSON.parse(raw));
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
export function safely<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}
