// The background's wiring, driven through WXT's fakeBrowser. fakeBrowser implements
// runtime.onInstalled and the toolbar action, but not contextMenus, omnibox, commands or sidePanel
// (their methods throw "not implemented"), so those get small fakes from tests/fixtures.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background, { OPEN_SIDE_PANEL_COMMAND } from '../../entrypoints/background';
import { latitudeDb } from '../../src/db/database';
import { fakeEvent } from '../fixtures/fake-event';

type Browser = Record<string, Record<string, unknown> | undefined>;

function installFakes() {
  const fakes = {
    contextMenus: {
      onClicked: fakeEvent<[info: object, tab?: object]>(),
      create: vi.fn(),
      removeAll: vi.fn(async () => {}),
    },
    omnibox: {
      onInputChanged: fakeEvent<[text: string, suggest: (suggestions: unknown[]) => void]>(),
      onInputEntered: fakeEvent<[text: string]>(),
      setDefaultSuggestion: vi.fn(async () => {}),
    },
    commands: { onCommand: fakeEvent<[command: string, tab?: object]>() },
    sidePanel: { open: vi.fn(async () => {}) },
  };
  const browser = fakeBrowser as unknown as Browser;
  const originals = Object.fromEntries(Object.keys(fakes).map((api) => [api, browser[api]]));
  Object.assign(browser, fakes);
  onTestFinished(() => void Object.assign(browser, originals));
  return fakes;
}

async function storedTexts(): Promise<string[]> {
  return (await latitudeDb().entries.toArray()).map((entry) => entry.text);
}

const badgeTitle = () => fakeBrowser.action.getTitle({});

beforeEach(async () => {
  // The shared instance outlives a test; start each one from an empty log.
  await latitudeDb().entries.clear();
});

describe('the background', () => {
  it('makes the capture menus on install', async () => {
    const fakes = installFakes();
    background.main();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(fakes.contextMenus.create).toHaveBeenCalledTimes(3));
    expect(fakes.contextMenus.create.mock.calls.map(([item]) => item.id)).toEqual([
      'log-win',
      'log-feedback',
      'log-talent',
    ]);
  });

  it('makes the capture menus again at browser start (Firefox keeps none for a persistent background)', async () => {
    const fakes = installFakes();
    background.main();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(fakes.contextMenus.create).toHaveBeenCalledTimes(3));
    expect(fakes.contextMenus.removeAll).toHaveBeenCalledTimes(1);
  });

  it('stores a "Log as feedback" click and shows it on the badge', async () => {
    const fakes = installFakes();
    background.main();
    await fakes.contextMenus.onClicked.trigger(
      {
        menuItemId: 'log-feedback',
        selectionText: 'Your RFC made the trade-offs clear',
        pageUrl: 'https://example.com/rfc',
      },
      { url: 'https://example.com/rfc', title: 'RFC 12' },
    );
    await vi.waitFor(async () => expect(await badgeTitle()).toBe('Latitude: saved feedback'));
    expect(await latitudeDb().entries.toArray()).toEqual([
      expect.objectContaining({
        kind: 'feedback',
        text: 'Your RFC made the trade-offs clear',
        source: { url: 'https://example.com/rfc', title: 'RFC 12' },
      }),
    ]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('✓');
  });

  it('stores a line typed after "lat" in the address bar', async () => {
    const fakes = installFakes();
    background.main();
    await fakes.omnibox.onInputEntered.trigger('talent explaining trade-offs');
    await vi.waitFor(async () => expect(await badgeTitle()).toBe('Latitude: saved talent note'));
    expect(await storedTexts()).toEqual(['explaining trade-offs']);
  });

  it('reports an empty omnibox line as not saved', async () => {
    const fakes = installFakes();
    background.main();
    await fakes.omnibox.onInputEntered.trigger('   ');
    await vi.waitFor(async () => expect(await badgeTitle()).toMatch(/^Latitude: not saved\. Nothing to log/));
    expect(await storedTexts()).toEqual([]);
  });

  it('keeps an omnibox line over 10,000 characters for the popup instead of dropping it', async () => {
    const fakes = installFakes();
    background.main();
    const text = 'Wrote the incident timeline. '.repeat(420).trim();
    await fakes.omnibox.onInputEntered.trigger(`win ${text}`);
    await vi.waitFor(async () =>
      expect(await badgeTitle()).toMatch(/^Latitude: the address bar entry is over 10,000 characters/),
    );
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.entries(stored)).toEqual([
      [expect.stringMatching(/^latitude:omnibox-overflow:/), { kind: 'win', text, at: expect.any(String) }],
    ]);
    expect(await storedTexts()).toEqual([]);
  });

  it('previews the line as escaped XML while typing (Chrome)', async () => {
    const fakes = installFakes();
    background.main();
    const suggest = vi.fn();
    await fakes.omnibox.onInputChanged.trigger('win <b>fixed</b> & shipped', suggest);
    expect(fakes.omnibox.setDefaultSuggestion).toHaveBeenCalledWith({
      description: 'Log win: &#60;b&#62;fixed&#60;/b&#62; &#38; shipped',
    });
    expect(suggest).toHaveBeenCalledWith([]);
  });

  it('opens the side panel on its command, in the window it came from', async () => {
    const fakes = installFakes();
    background.main();
    await fakes.commands.onCommand.trigger('some-other-command', { windowId: 4 });
    expect(fakes.sidePanel.open).not.toHaveBeenCalled();
    await fakes.commands.onCommand.trigger(OPEN_SIDE_PANEL_COMMAND, { windowId: 4 });
    expect(fakes.sidePanel.open).toHaveBeenCalledWith({ windowId: 4 });
  });
});
