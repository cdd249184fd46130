import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { createLastPersonStore } from '../../../src/browser/last-person-store';
import { LatitudeDb } from '../../../src/db/database';
import { saveCapture } from '../../../src/db/entries/capture';
import { SidePanelApp } from '../../../src/ui/sidepanel/SidePanelApp';

import { unopenableDb } from '../../fixtures/broken-indexeddb';
import { createTestClock } from '../../fixtures/clock';
import { makeWin } from '../../fixtures/entries';
import { ANA } from '../../fixtures/one-on-ones';
import { testView } from '../../fixtures/view-drafts';

describe('SidePanelApp', () => {
  it('shows an entry as soon as another view or the background stores it', async () => {
    const panelDb = new LatitudeDb();
    // Another context of the extension (the popup, the background) with its own connection.
    const otherDb = new LatitudeDb();
    render(<SidePanelApp db={panelDb} />);
    expect(await screen.findByText(/Nothing logged yet/)).toBeTruthy();

    const clock = createTestClock();
    await saveCapture(otherDb, { kind: 'talent', text: 'Calm in incidents' }, { now: clock.now(), newId: clock.newId });

    const region = await screen.findByRole('region', { name: 'Latest entries' });
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(1));
    expect(within(region).getByText('Calm in incidents')).toBeTruthy();
    expect(within(region).getByText('Talent')).toBeTruthy();
    panelDb.close();
    otherDb.close();
  });

  it('warns when its storage cannot open', async () => {
    render(<SidePanelApp db={unopenableDb()} />);
    // The banner, and the capture form (offered with no person picked) saying it cannot save.
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([
        expect.stringMatching(/cannot open its storage/),
        expect.stringMatching(/Saving is turned off because Latitude cannot open its storage/),
      ]),
    );
  });
});

describe('SidePanelApp: feedback about a win', () => {
  const talk = makeWin({ occurredOn: '2025-02-20', text: 'Gave the KubeCon talk on our rollout model' });
  const recent = makeWin({ occurredOn: '2025-03-10', text: 'Fixed the flaky deploy' });
  const lastYear = makeWin({ occurredOn: '2024-02-01', text: 'Led the 2023 migration' });
  const deleted = makeWin({ occurredOn: '2025-03-01', text: 'Deleted win', deletedAt: '2025-03-02T10:00:00.000Z' });
  let db: LatitudeDb;

  beforeEach(async () => {
    db = new LatitudeDb();
    await db.people.put(ANA);
    await db.entries.bulkPut([talk, recent, lastYear, deleted]);
  });
  afterEach(() => db.close());

  function openPanel() {
    const view = testView('sidepanel');
    const rendered = render(
      <SidePanelApp
        db={db}
        drafts={view.views}
        lastPerson={createLastPersonStore()}
        clock={{ ...createTestClock(), newId: () => crypto.randomUUID() }}
      />,
    );
    // Closing the panel gives up its drafts' lease, as the page's `pagehide` does.
    return {
      ...rendered,
      unmount: () => {
        rendered.unmount();
        view.close();
      },
    };
  }

  async function pickAna() {
    const select = await screen.findByRole('combobox', { name: 'Person' });
    await waitFor(() => expect(within(select).queryByRole('option', { name: /^Ana / })).toBeTruthy());
    fireEvent.change(select, { target: { value: ANA.id } });
  }

  async function aboutField() {
    const about = (await screen.findByRole('combobox', { name: 'About a win' })) as HTMLSelectElement;
    await waitFor(() => expect(within(about).queryByRole('option', { name: 'Loading wins…' })).toBeNull());
    return about;
  }

  it('links feedback heard in a 1:1 to a win of the last year, kept in the draft until saved', async () => {
    const first = openPanel();
    await pickAna();
    await screen.findByRole('form', { name: 'Capture' });
    expect(screen.queryByRole('combobox', { name: 'About a win' })).toBeNull();
    fireEvent.click(await screen.findByRole('radio', { name: 'Feedback' }));

    const about = await aboutField();
    expect(
      within(about)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'No win in particular',
      '2025-03-10 · Fixed the flaky deploy',
      '2025-02-20 · Gave the KubeCon talk on our rollout model',
    ]);
    fireEvent.change(about, { target: { value: talk.id } });
    fireEvent.input(await screen.findByRole('textbox', { name: 'Entry text' }), {
      target: { value: 'Your KubeCon talk was the clearest explanation of our rollout model' },
    });
    // Closing the panel mid-call loses nothing: the link is in the draft.
    first.unmount();

    openPanel();
    const again = await aboutField();
    expect(again.value).toBe(talk.id);
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    const capture = await screen.findByRole('form', { name: 'Capture' });
    await waitFor(() => expect(within(capture).getByRole('status').textContent).toBe('Saved'));

    const [saved] = await db.entries.where('kind').equals('feedback').toArray();
    expect(saved).toMatchObject({
      kind: 'feedback',
      text: 'Your KubeCon talk was the clearest explanation of our rollout model',
      person: 'Ana',
      about: [talk.id],
    });
    // The next capture starts without a link.
    await waitFor(async () => expect((await aboutField()).value).toBe(''));
  });

  it('refuses, next to the field, a link to a win deleted meanwhile', async () => {
    openPanel();
    await pickAna();
    fireEvent.click(await screen.findByRole('radio', { name: 'Feedback' }));
    fireEvent.change(await aboutField(), { target: { value: recent.id } });
    fireEvent.input(await screen.findByRole('textbox', { name: 'Entry text' }), { target: { value: 'Nice fix' } });
    // Another view deletes the win before Save.
    await db.entries.update(recent.id, { deletedAt: '2025-03-12T13:00:00.000Z' });
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The win this is about is no longer in the log. Choose another, or none.',
    );
    expect(await db.entries.where('kind').equals('feedback').count()).toBe(0);
    // The list follows the log: the chosen win now shows as deleted, still chosen until changed.
    await waitFor(async () => expect((await aboutField()).selectedOptions[0]?.textContent).toBe('A deleted win'));
  });
});
