import { type DraftSchema, type ViewDraft, viewDraftSchema } from '../domain/draft';
import { createDraftStore, type DraftStore, safely, type WebStorage } from './draft-store';
import { DRAFT_PREFIX, LEGACY_DRAFT_KEYS, VIEW_ID_PREFIX, VIEW_LEASE_PREFIX } from './storage-keys';

/**
 * Drafts kept per view. Several views of one surface can be open at once (a popup in each window,
 * two log tabs), and each keeps its own drafts, so saving in one never clears what another holds.
 *
 * A view is one open page. Its id lives in the page's session storage, so a reload keeps it (and
 * its drafts); a duplicated tab, which copies session storage, notices the id is taken and makes a
 * new one. While open, the view holds a lease (a time stamp it renews); when it closes, it gives
 * the lease up. A view opening with no drafts of its own adopts those of the most recently edited
 * view of its surface that is no longer open: a popup closed mid-sentence and opened again finds
 * its text.
 *
 * In localStorage (the extension's own origin, shared by all its pages; keys in src/browser/storage-keys.ts):
 * - DRAFT_PREFIX `<surface>:<viewId>:<name>`: `{ savedAt, value }`, one per draft;
 * - VIEW_LEASE_PREFIX `<surface>:<viewId>`: the lease, the last time the open view renewed it.
 */
export interface ViewDrafts {
  readonly viewId: string;
  /** The draft called `name` in this view (a view may keep several), checked against `schema`. */
  draft<T>(name: string, schema: DraftSchema<T>): DraftStore<T>;
  /** Gives up the lease, so that the next view of this surface adopts these drafts. */
  release(): void;
}

/** An open view renews its lease this often; a lease older than LEASE_MS is a closed view's. */
export const RENEW_MS = 2_000;
export const LEASE_MS = 6_000;

/**
 * The drafts of this page, for the surface it shows; one call per page, from its entrypoint.
 * `legacy` names the single keys earlier versions kept a surface's drafts under.
 */
export function openPageDrafts(surface: string, legacy = LEGACY_DRAFT_KEYS[surface]): ViewDrafts {
  return openViewDrafts(surface, { page: globalThis, ...(legacy ? { legacy } : {}) });
}

export interface ViewDraftsDeps {
  local?: WebStorage;
  session?: Pick<Storage, 'getItem' | 'setItem'>;
  now?: () => number;
  newId?: () => string;
  /** Renews the lease every RENEW_MS; returns the way to stop. */
  every?: (ms: number, action: () => void) => () => void;
  /** Where `pagehide` is heard, to give the lease up when the view closes. */
  page?: Pick<EventTarget, 'addEventListener'>;
  /** Drafts stored under one fixed key by earlier versions, adopted like a closed view's. */
  legacy?: Record<string, string>;
}

type Stored = ViewDraft;

export function openViewDrafts(surface: string, deps: ViewDraftsDeps = {}): ViewDrafts {
  const local = deps.local ?? globalThis.localStorage;
  const session = deps.session ?? globalThis.sessionStorage;
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const leaseKey = (viewId: string) => `${VIEW_LEASE_PREFIX}${surface}:${viewId}`;
  const draftPrefix = (viewId: string) => `${DRAFT_PREFIX}${surface}:${viewId}:`;
  const isOpen = (viewId: string) => {
    const renewed = Number(safely(() => local.getItem(leaseKey(viewId))) ?? 0);
    return now() - renewed < LEASE_MS;
  };

  const remembered = safely(() => session.getItem(VIEW_ID_PREFIX + surface)) ?? undefined;
  const viewId = remembered && !isOpen(remembered) ? remembered : newId();
  safely(() => session.setItem(VIEW_ID_PREFIX + surface, viewId));
  let released = false;
  const renew = () => {
    if (!released) safely(() => local.setItem(leaseKey(viewId), String(now())));
  };
  renew();
  if (!hasDrafts(local, draftPrefix(viewId))) adoptClosedView();
  const stop = (deps.every ?? everyInterval)(RENEW_MS, renew);
  deps.page?.addEventListener('pagehide', () => release());

  function release() {
    released = true;
    stop();
    safely(() => local.removeItem(leaseKey(viewId)));
  }

  /** Moves the drafts of the latest closed view (or an earlier version's) to this view. */
  function adoptClosedView() {
    const views = new Map<string, { keys: string[]; savedAt: number }>();
    const surfacePrefix = `${DRAFT_PREFIX}${surface}:`;
    for (const key of keysOf(local)) {
      if (!key.startsWith(surfacePrefix)) continue;
      const [owner, ...name] = key.slice(surfacePrefix.length).split(':');
      if (!owner || name.length === 0 || owner === viewId || isOpen(owner)) continue;
      const view = views.get(owner) ?? { keys: [], savedAt: 0 };
      view.keys.push(key);
      view.savedAt = Math.max(view.savedAt, readStored(local, key)?.savedAt ?? 0);
      views.set(owner, view);
    }
    const latest = [...views.entries()].sort((a, b) => b[1].savedAt - a[1].savedAt)[0];
    if (latest) {
      const [owner, { keys }] = latest;
      for (const key of keys) move(local, key, draftPrefix(viewId) + key.slice(draftPrefix(owner).length));
      return;
    }
    for (const [name, key] of Object.entries(deps.legacy ?? {})) {
      const raw = safely(() => local.getItem(key));
      if (!raw) continue;
      try {
        const stored: Stored = { savedAt: now(), value: JSON.parse(raw) };
        safely(() => local.setItem(draftPrefix(viewId) + name, JSON.stringify(stored)));
        safely(() => local.removeItem(key));
      } catch {
        // An unreadable old draft stays where it was rather than be lost.
      }
    }
  }

  return {
    viewId,
    release,
    draft<T>(name: string, schema: DraftSchema<T>): DraftStore<T> {
      const key = draftPrefix(viewId) + name;
      const inner = createDraftStore<Stored>(key, local, storedSchema);
      return {
        load() {
          const stored = inner.load();
          if (!stored) return undefined;
          const parsed = schema.safeParse(stored.value);
          return parsed.success ? parsed.data : undefined;
        },
        save(value) {
          renew();
          inner.save({ savedAt: now(), value });
        },
        clear() {
          inner.clear();
        },
      };
    },
  };
}

const storedSchema: DraftSchema<Stored> = viewDraftSchema;

function hasDrafts(local: WebStorage, prefix: string): boolean {
  return keysOf(local).some((key) => key.startsWith(prefix));
}

function keysOf(local: WebStorage): string[] {
  return (
    safely(() => {
      const keys: string[] = [];
      for (let i = 0; i < local.length; i += 1) {
        const key = local.key(i);
        if (key !== null) keys.push(key);
      }
      return keys;
    }) ?? []
  );
}

function readStored(local: WebStorage, key: string): Stored | undefined {
  return createDraftStore<Stored>(key, local, storedSchema).load();
}

function move(local: WebStorage, from: string, to: string) {
  const raw = safely(() => local.getItem(from));
  if (raw === null || raw === undefined) return;
  // Written before removed: a failure between the two leaves the draft twice, never nowhere.
  safely(() => local.setItem(to, raw));
  if (safely(() => local.getItem(to)) === raw) safely(() => local.removeItem(from));
}

function everyInterval(ms: number, action: () => void): () => void {
  const timer = setInterval(action, ms);
  return () => clearInterval(timer);
}
