import { PopupPage } from './pages/popup-page';
import { useExtensionSession } from './support/extension-session';
import { upgradeFromAnotherPage } from './support/upgrade-elsewhere';

// A new version of Latitude upgrades the database while a popup is open: the popup must not hang
// the upgrade, must say what happened, and must keep what was typed.
describe('schema upgrade with an open view', () => {
  const session = useExtensionSession();

  test('the open popup gives way, says "Latitude was updated, reload", and keeps its draft', async () => {
    const popup = await PopupPage.open(session());
    await popup.page.getByRole('heading', { name: 'Recent' }).waitFor();
    await popup.entryText.fill('Half-typed win about the on-call rota');

    const upgraded = await upgradeFromAnotherPage(session());
    expect(upgraded).toBeGreaterThan(10);

    const banner = popup.page.getByRole('alert').filter({ hasText: 'Latitude was updated, reload' });
    await banner.waitFor();
    expect(await popup.entryText.inputValue()).toBe('Half-typed win about the on-call rota');

    // The draft outlives the view: a fresh popup has it back.
    await popup.close();
    const reopened = await PopupPage.open(session());
    expect(await reopened.entryText.inputValue()).toBe('Half-typed win about the on-call rota');
    await reopened.close();
  });
});
