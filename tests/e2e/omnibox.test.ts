import { LogPage } from './pages/log-page';
import { useExtensionSession } from './support/extension-session';
import { enterOmniboxLine, readBadge } from './support/service-worker';
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

    await expect.poll(() => readBadge(worker), SOON).toEqual({
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
