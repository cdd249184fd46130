import { render, screen, waitFor, within } from '@testing-library/preact';
import { LatitudeDb } from '../../src/db/database';
import { saveCapture } from '../../src/db/entries';
import { SidePanelApp } from '../../src/ui/SidePanelApp';
import { unopenableDb } from '../fixtures/broken-indexeddb';
import { createTestClock } from '../fixtures/clock';

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
    expect((await screen.findByRole('alert')).textContent).toMatch(/cannot open its storage/);
  });
});
