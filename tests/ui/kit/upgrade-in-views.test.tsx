// Views that hold the database open while a newer Latitude upgrades it: they close, say
// "Latitude was updated, reload", and keep the draft. A failed upgrade offers an export.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { DexieOptions } from 'dexie';
import { createDraftStore } from '../../../src/browser/draft-store';
import { LatitudeDb } from '../../../src/db/database';
import { PopupApp } from '../../../src/ui/popup/PopupApp';
import { SettingsApp } from '../../../src/ui/settings/SettingsApp';
import { isolatedIdb } from '../../fixtures/db/isolated';
import { makeEntry } from '../../fixtures/db/records';
import { fakeSettingsEnv } from '../../fixtures/settings-env';

const DRAFT_KEY = 'latitude:draft:popup';

/** The next release: one more version, optionally with an upgrader that fails. */
class NextLatitudeDb extends LatitudeDb {
  constructor(name: string, options: DexieOptions, upgrade: () => void = () => {}) {
    super(name, options);
    this.version(this.verno + 1)
      .stores({ entries: 'id, createdAt, [occurredOn+createdAt], kind' })
      .upgrade(upgrade);
  }
}

const clock = { now: () => new Date('2025-03-20T09:00:00.000Z'), newId: () => '00000000-0000-4000-8000-000000000777' };

describe('an upgrade while the popup is open', () => {
  it('shows the reload banner with a Reload button, and keeps the draft', async () => {
    const idb = isolatedIdb();
    const db = new LatitudeDb('latitude', idb);
    render(<PopupApp db={db} drafts={createDraftStore(DRAFT_KEY)} readSource={async () => undefined} clock={clock} />);
    await waitFor(() => expect(db.isOpen()).toBe(true));
    fireEvent.input(await screen.findByRole('textbox', { name: 'Entry text' }), {
      target: { value: 'Half-typed win' },
    });

    const next = new NextLatitudeDb('latitude', idb);
    await next.open();

    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Latitude was updated, reload');
    expect(within(banner).getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Entry text' }) as HTMLTextAreaElement).value).toBe('Half-typed win');
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).text).toBe('Half-typed win');

    // Saving now is refused, visibly, and the text stays.
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('alert')
          .map((a) => a.textContent)
          .join(' '),
      ).toMatch(/Not saved.*Your text is kept/),
    );
    expect(await next.entries.count()).toBe(0);
    next.close();
  });

  it('reloads when asked', async () => {
    const idb = isolatedIdb();
    const db = new LatitudeDb('latitude', idb);
    const { env } = fakeSettingsEnv(db);
    const reload = vi.fn();
    render(<SettingsApp env={{ ...env, reload }} />);
    await waitFor(() => expect(db.isOpen()).toBe(true));
    const next = new NextLatitudeDb('latitude', idb);
    await next.open();
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
    next.close();
  });
});

describe('a failed upgrade', () => {
  it('says so on the settings page and still exports the log', async () => {
    const idb = isolatedIdb();
    const old = new LatitudeDb('latitude', idb);
    await old.entries.add(makeEntry(1, { text: 'Safe at the old version' }));
    old.close();

    const failing = new NextLatitudeDb('latitude', idb, () => {
      throw new Error('deliberate failure in the upgrader');
    });
    const { env, downloads } = fakeSettingsEnv(failing);
    render(<SettingsApp env={env} />);

    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('Latitude could not update its storage.');
    fireEvent.click(within(banner).getByRole('button', { name: 'Export backup' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(await downloads[0]!.text()).toContain('Safe at the old version');
  });

  it('points the popup to the settings page for the export', async () => {
    const idb = isolatedIdb();
    const old = new LatitudeDb('latitude', idb);
    await old.open();
    old.close();
    const failing = new NextLatitudeDb('latitude', idb, () => {
      throw new Error('deliberate failure in the upgrader');
    });
    render(
      <PopupApp db={failing} drafts={createDraftStore(DRAFT_KEY)} readSource={async () => undefined} clock={clock} />,
    );
    const banner = await screen.findByRole('alert');
    expect(within(banner).getByRole('link', { name: 'Open settings to export' }).getAttribute('href')).toBe(
      '/options.html',
    );
  });
});
