import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describeSyncProblem } from '../../../../src/domain/sync/problems';
import { SyncSection } from '../../../../src/ui/settings/sync/SyncSection';
import { createSyncState } from '../../../../src/ui/settings/sync/sync-state';
import { memorySyncFolder, syncStateDeps } from '../../../fixtures/sync-settings';

describe('Settings → Sync: the section', () => {
  it('says a failed round once, as the alert in the result line', async () => {
    const folder = memorySyncFolder();
    const { deps } = syncStateDeps({ engine: folder.engine, syncOnce: folder.syncOnce, grant: true });
    const state = createSyncState(deps);
    state.start();
    render(<SyncSection state={state} />);
    fireEvent.input(await screen.findByLabelText('Server address'), {
      target: { value: 'https://cloud.example.org/remote.php/dav/files/ana' },
    });
    fireEvent.input(screen.getByLabelText('User name'), { target: { value: 'ana' } });
    fireEvent.input(screen.getByLabelText('App password'), { target: { value: 'app-password' } });
    fireEvent.input(screen.getByLabelText('Folder'), { target: { value: 'Latitude' } });
    fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: 'correct horse battery staple' } });
    fireEvent.input(screen.getByLabelText('Passphrase again'), { target: { value: 'correct horse battery staple' } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn sync on' }));
    const syncNow = await screen.findByRole('button', { name: 'Sync now' });
    await waitFor(() => expect((syncNow as HTMLButtonElement).disabled).toBe(false));

    folder.folder.problem = 'storage-full';
    fireEvent.click(syncNow);
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(1));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^Last sync failed/);
    expect(alert.textContent).toContain(describeSyncProblem('storage-full'));
    expect(document.body.textContent?.split(describeSyncProblem('storage-full')).length).toBe(2);
  });
});
