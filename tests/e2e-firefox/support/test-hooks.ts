/**
 * The two scripts only the test copy of the extension has (firefox-session.ts writes them into a
 * copy of the build; the build itself, which `web-ext lint` checks and users load, never has them).
 *
 * Why they exist: Firefox has no `dispatch` on its extension events (the Chromium suite's way in,
 * see tests/e2e/support/service-worker.ts), WebDriver BiDi cannot reach Firefox ESR's own address
 * bar or context menu, and it reports no console messages from extension pages. So:
 *
 * - `backgroundHook` runs in the background page before background.js. It keeps a reference to
 *   each listener the background registers for a context-menu click or an omnibox line, which the
 *   tests then call with the arguments Firefox would pass (background.ts), and it records errors.
 * - `pageHook` runs first in every extension page and reports that page's errors to the
 *   background's record.
 *
 * Each runs in the extension, so it uses only its own globals.
 */
export function backgroundHook(): void {
  type Listener = (...args: unknown[]) => unknown;
  type Event = { addListener(listener: Listener): void };
  const scope = globalThis as unknown as {
    browser: Record<string, Record<string, Event>>;
    __latitudeTest?: BackgroundTestHook;
  };
  const hook: BackgroundTestHook = { listeners: {}, errors: [] };
  scope.__latitudeTest = hook;
  for (const [namespace, name] of [
    ['contextMenus', 'onClicked'],
    ['omnibox', 'onInputEntered'],
  ] as const) {
    const event = scope.browser[namespace]![name]!;
    const addListener = event.addListener;
    event.addListener = function (listener: Listener) {
      const key = `${namespace}.${name}`;
      hook.listeners[key] ??= [];
      hook.listeners[key].push(listener);
      return addListener.call(this, listener);
    };
  }
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    hook.errors.push(`background: console.error: ${args.map(String).join(' ')}`);
    consoleError.apply(console, args);
  };
  addEventListener('error', (event) =>
    hook.errors.push(`background: ${event.message} (${event.filename}:${event.lineno})`),
  );
  addEventListener('unhandledrejection', (event) =>
    hook.errors.push(`background: unhandled rejection: ${String(event.reason)}`),
  );
}

export function pageHook(): void {
  const scope = globalThis as unknown as {
    browser: { extension: { getBackgroundPage(): Window | null } };
  };
  const page = location.pathname + location.search;
  const pending: string[] = [];
  const flush = () => {
    const background = scope.browser.extension.getBackgroundPage() as unknown as {
      __latitudeTest?: BackgroundTestHook;
    } | null;
    if (background?.__latitudeTest) background.__latitudeTest.errors.push(...pending.splice(0));
    // The background may not be up yet in a page opened at install; try again shortly.
    else setTimeout(flush, 100);
  };
  const report = (error: string) => {
    pending.push(`${page}: ${error}`);
    flush();
  };
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    report(`console.error: ${args.map(String).join(' ')}`);
    consoleError.apply(console, args);
  };
  addEventListener('error', (event) => report(`${event.message} (${event.filename}:${event.lineno})`));
  addEventListener('unhandledrejection', (event) => report(`unhandled rejection: ${String(event.reason)}`));
  // The browser's own console errors for a page are not script errors; a refused script or style is the one that matters.
  document.addEventListener('securitypolicyviolation', (event) =>
    report(`content security policy refused ${event.blockedURI || 'inline code'} (${event.violatedDirective})`),
  );
}

export interface BackgroundTestHook {
  listeners: Record<string, ((...args: unknown[]) => unknown)[]>;
  /** Errors from the background and from every extension page, oldest first. */
  errors: string[];
}
