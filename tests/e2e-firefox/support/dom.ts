import { ElementHandle, type Page } from 'puppeteer-core';

/**
 * Finding controls the way the Chromium suite does with Playwright's getByRole: by role and
 * accessible name, as Firefox's own accessibility tree computes them (puppeteer's `::-p-aria`
 * selector is WebDriver BiDi's accessibility locator). Names match exactly.
 *
 * Puppeteer's locators and `waitForFunction` do not work in extension pages (they compile code in
 * the page, which the extension's content security policy refuses), so waiting is done here, by
 * polling from Node.
 */
export type Scope = Page | ElementHandle<Element>;

const STEP_MS = 50;
const TIMEOUT_MS = 10_000;

export function byRole(role: string, name?: string): string {
  if (name?.includes('"')) throw new Error(`An accessible name with a double quote cannot be queried: ${name}`);
  return name === undefined ? `::-p-aria([role="${role}"])` : `::-p-aria([name="${name}"][role="${role}"])`;
}

/** Polls `probe` until it returns something other than undefined; fails with `what` after the timeout. */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeout = TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const found = await probe();
      if (found !== undefined) return found;
    } catch (error) {
      // A page that is still loading or re-rendering can refuse a query; try again.
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}`, { cause: lastError });
    }
    await new Promise((resolve) => setTimeout(resolve, STEP_MS));
  }
}

/** The first element matching `selector` inside `scope`, once there is one. */
export function find(scope: Scope, selector: string, timeout?: number): Promise<ElementHandle<Element>> {
  return waitUntil(selector, async () => (await all(scope, selector))[0], timeout);
}

/**
 * Every element matching `selector` inside `scope` now (possibly none). BiDi's accessibility
 * locator counts the element it starts from; like Playwright's, this does not.
 */
export async function all(scope: Scope, selector: string): Promise<ElementHandle<Element>[]> {
  const found = await scope.$$(selector);
  // Matches come in document order, so the scope itself, when it matches, is the first.
  if (scope instanceof ElementHandle && found[0] && (await found[0].evaluate((node, root) => node === root, scope))) {
    found.shift();
  }
  return found;
}

/** The first element matching `selector` whose text contains `text` (or matches it), once there is one. */
export function findWithText(
  scope: Scope,
  selector: string,
  text: string | RegExp,
  timeout?: number,
): Promise<ElementHandle<Element>> {
  return waitUntil(`${selector} with text ${String(text)}`, () => firstWithText(scope, selector, text), timeout);
}

/** The first element matching `selector` whose text contains `text` (or matches it) now, if any. */
export async function firstWithText(
  scope: Scope,
  selector: string,
  text: string | RegExp,
): Promise<ElementHandle<Element> | undefined> {
  const matches = (content: string) => (typeof text === 'string' ? content.includes(text) : text.test(content));
  const elements = await all(scope, selector);
  const texts = await Promise.all(elements.map(textOf));
  return elements[texts.findIndex(matches)];
}

export function textOf(element: ElementHandle<Element>): Promise<string> {
  return element.evaluate((node) => node.textContent ?? '');
}

/** The form control a visible label names (Playwright's getByLabel), e.g. a file input. */
export async function byLabel(scope: Scope, label: string): Promise<ElementHandle<Element>> {
  return waitUntil(`the control labelled "${label}"`, async () => {
    for (const candidate of await all(scope, `::-p-aria([name="${label}"])`)) {
      const control = await candidate.evaluateHandle((node) =>
        node instanceof HTMLLabelElement ? node.control : node instanceof HTMLInputElement ? node : null,
      );
      const element = control.asElement();
      if (element) return element as ElementHandle<Element>;
      await control.dispose();
    }
    return undefined;
  });
}

/**
 * Replaces a field's text, as Playwright's fill does in the Chromium suite: the field gets focus,
 * its value, and an input event. (Typing each character over WebDriver BiDi costs about 30 ms a
 * character; keys that do something, such as Ctrl+Enter or the kind chords, are pressed for real.)
 */
export async function fill(field: ElementHandle<Element>, text: string): Promise<void> {
  await field.evaluate((node, value) => {
    const input = node as HTMLInputElement | HTMLTextAreaElement;
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

export function isChecked(field: ElementHandle<Element>): Promise<boolean> {
  return field.evaluate((node) => (node as HTMLInputElement).checked);
}

/** Chooses the option of a select by its visible text (Playwright's selectOption({ label })). */
export async function selectByLabel(select: ElementHandle<Element>, label: string): Promise<void> {
  const value = await select.evaluate(
    (node, text) => [...(node as HTMLSelectElement).options].find((option) => option.text === text)?.value,
    label,
  );
  if (value === undefined) throw new Error(`No option "${label}" in the select`);
  await select.select(value);
}
