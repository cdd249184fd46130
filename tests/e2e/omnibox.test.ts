import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'playwright-core';
import { LogPage } from './pages/log-page';
import { useExtensionSession } from './support/extension-session';
import { pressChord } from './support/keyboard';
import { NativeSurface } from './support/native-surface';
import { enterOmniboxLine, openContexts, readBadge } from './support/service-worker';
import { readStoredEntries } from './support/stored-entries';
import { SOON } from './support/wait';

// `lat …` in the address bar. Chromium cannot type into its own omnibox from automation, so the
// confirmed line is delivered with `chrome.omnibox.onInputEntered.dispatch(text, disposition)` in
// the service worker, which runs the extension's real listener. As in the context-menu suite, the
// refusal comes first so that no earlier badge timer interferes.
describe('omnibox capture', () => {
  const session = useExtensionSession();

  test('a blank line is refused: badge "!" and nothing stored', async () => {
    const log = await LogPage.open(session());
    const worker = await session().serviceWorker();
    const before = await readStoredEntries(log.page);

    await enterOmniboxLine(worker, '   ');

    await expect
      .poll(() => readBadge(worker), SOON)
      .toEqual({
        text: '!',
        title: 'Latitude: not saved. Nothing to log: type what happened after "lat".',
      });
    expect(await readStoredEntries(log.page)).toEqual(before);
    await log.close();
  });

  test('"lat talent …" logs a talent note, shown live in the log', async () => {
    const log = await LogPage.open(session());
    const worker = await session().serviceWorker();

    await enterOmniboxLine(worker, 'talent explaining hard things simply');

    await log.entry('explaining hard things simply').getByText('Talent', { exact: true }).waitFor();
    await expect.poll(() => readBadge(worker), SOON).toEqual({ text: '✓', title: 'Latitude: saved talent note' });
    const stored = await readStoredEntries(log.page);
    expect(stored.find((entry) => entry.text === 'explaining hard things simply')).toMatchObject({ kind: 'talent' });
    await log.close();
  });

  test('"lat feedback …" logs feedback, and a line with no kind word is a win', async () => {
    const log = await LogPage.open(session());
    const worker = await session().serviceWorker();

    await enterOmniboxLine(worker, 'feedback Sam: the design doc was easy to follow');
    await enterOmniboxLine(worker, 'shipped the billing migration');

    await log.entry('Sam: the design doc was easy to follow').getByText('Feedback', { exact: true }).waitFor();
    await log.entry('shipped the billing migration').getByText('Win', { exact: true }).waitFor();
    // The kind word is not part of the text.
    const stored = await readStoredEntries(log.page);
    expect(stored.map(({ kind, text }) => ({ kind, text }))).toEqual(
      expect.arrayContaining([
        { kind: 'feedback', text: 'Sam: the design doc was easy to follow' },
        { kind: 'win', text: 'shipped the billing migration' },
      ]),
    );
    await log.close();
  });
});

// A line over the 10,000-character limit is not dropped: the background keeps it, opens the real
// popup (Chromium allows it with a focused window), and the popup makes it the form's draft with
// an alert naming the limit and the length.
describe('omnibox capture over the limit', () => {
  const session = useExtensionSession();

  test('a 12,000-character line opens in the popup with an alert; shortened, it saves to the log', async () => {
    const context = session().context;
    const worker = await session().serviceWorker();
    const popupUrl = session().url('popup.html');
    const article = await session().openArticle();
    await article.bringToFront();
    const text = `${'Traced the checkout latency to a lock held across a network call. '.repeat(200)}`
      .slice(0, 12_000)
      .trim();
    expect(text.length).toBe(12_000);

    await enterOmniboxLine(worker, `feedback ${text}`);

    await expect
      .poll(() => readBadge(worker), SOON)
      .toEqual({
        text: '!',
        title:
          "Latitude: the address bar entry is over 10,000 characters. Open Latitude's popup to shorten it and save.",
      });
    await expect.poll(() => openContexts(worker, 'POPUP'), SOON).toEqual([popupUrl]);
    const popup = await NativeSurface.attach(context, popupUrl);
    const alert = () => popup.findWithText('alert', 'from the address bar');
    await expect
      .poll(async () => (await alert())?.text, SOON)
      .toBe(
        'This entry came from the address bar and has 12,000 characters; an entry holds at most 10,000. Shorten it here, then save.',
      );
    expect((await popup.find('textbox', 'Entry text'))?.value).toBe(text);
    expect(await popup.find('radio', 'Feedback')).toBeDefined();
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(join(ARTIFACTS, 'popup-omnibox-overflow.png'), await popup.screenshot('light'));
    await writeFile(join(ARTIFACTS, 'popup-omnibox-overflow-dark.png'), await popup.screenshot('dark'));
    // Taken over: the line has left storage.local and the badge points nowhere.
    await expect.poll(() => readOverflowKeys(worker), SOON).toEqual([]);
    await expect.poll(() => readBadge(worker), SOON).toEqual({ text: '', title: 'Latitude: log a win' });

    // The text box has focus: select all of it and put the shortened text in its place.
    const shortened = text.slice(0, 9_000).trim();
    await pressChord(popup, 'Control+A');
    await popup.insertText(shortened);
    await expect.poll(async () => (await popup.find('textbox', 'Entry text'))?.value, SOON).toBe(shortened);
    expect(await alert()).toBeUndefined();
    await pressChord(popup, 'Control+Enter');
    await expect.poll(async () => (await popup.find('status'))?.text, SOON).toBe('Saved');
    await popup.detach();

    const log = await LogPage.open(session());
    await log.entry(shortened.slice(0, 60)).getByText('Feedback', { exact: true }).waitFor();
    const stored = await readStoredEntries(log.page);
    expect(
      stored.filter((entry) => entry.text.length > 1_000).map(({ kind, text: saved }) => ({ kind, text: saved })),
    ).toEqual([{ kind: 'feedback', text: shortened }]);
    await Promise.all([log.close(), article.close()]);
  });
});

const ARTIFACTS = fileURLToPath(new URL('./artifacts', import.meta.url));

/** The keys under which the background keeps over-long lines for the popup. */
function readOverflowKeys(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(keys: null): Promise<object> } } };
    };
    return Object.keys(await chrome.storage.local.get(null)).filter((key) =>
      key.startsWith('latitude:omnibox-overflow'),
    );
  });
}
