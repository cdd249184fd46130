import type { Page } from 'playwright-core';
import { buildBackupFile } from '../../src/domain/backup/format';
import { managerMissesCoding, STORY_NOW } from '../fixtures/stories';
import { useExtensionSession } from './support/extension-session';

/** The prep kinds, by the label of the Conversation combobox, and what each must say for Sam. */
const KINDS = [
  { label: 'Promotion', id: 'promotion', fit: 'Before you open this conversation' },
  { label: 'Lateral move', id: 'lateral', fit: 'This conversation fits your log' },
  { label: 'Step-down', id: 'step-down', fit: 'This conversation fits your log' },
  { label: 'Review', id: 'review', fit: 'This conversation fits your log' },
] as const;

// A golden story as a user would bring it: a year of Sam's log (a manager who misses building),
// imported through Settings with its roles, then every conversation read on the prep page.
describe('prep page on a golden story', () => {
  const session = useExtensionSession();

  async function importStory(): Promise<void> {
    const { log } = managerMissesCoding;
    const file = await buildBackupFile(
      { entries: log.entries, people: log.people, actionItems: log.actionItems, roles: log.roles ?? [] },
      { schemaVersion: 3, appVersion: 'golden-story', exportedAt: STORY_NOW },
    );
    const page = await session().context.newPage();
    await page.goto(session().url('options.html'));
    await page
      .getByLabel('Import backup')
      .setInputFiles({ name: 'sam.json', mimeType: 'application/json', buffer: Buffer.from(file.text) });
    await page.getByRole('button', { name: 'Add new records' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Imported: \d+ records added/ })
      .waitFor();
    // The role history came with it.
    await page
      .getByRole('region', { name: 'Your roles' })
      .getByText(/Engineering manager/)
      .first()
      .waitFor();
    await page.close();
  }

  async function openPrep(): Promise<Page> {
    const page = await session().context.newPage();
    // The story's year, read on its last day.
    await page.goto('about:blank'); // a loaded page takes the clock script at once
    await page.clock.setFixedTime(STORY_NOW);
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto(session().url('prep.html#kind=promotion&period=custom&from=2025-12-01&to=2026-11-30'));
    await page.getByRole('heading', { level: 1, name: 'Promotion prep' }).waitFor();
    return page;
  }

  test('opens each conversation with what to say first, sayable points with evidence beneath, and an ask', async () => {
    await importStory();
    const page = await openPrep();
    const conversation = page.getByRole('combobox', { name: 'Conversation' });

    for (const kind of KINDS) {
      await conversation.selectOption({ label: kind.label });
      await page.getByRole('heading', { level: 1, name: new RegExp(`^${kind.label}( to .+)? prep$`) }).waitFor();

      const opening = page.getByRole('region', { name: 'Say first' }).getByRole('paragraph');
      expect(await opening.textContent()).toMatch(/^I\b|\bI\b/);
      await page.getByRole('heading', { level: 2, name: kind.fit }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'What your log says' }).waitFor();

      // The ask is the last section of the kind, and says what is asked for in the first person.
      const ask = page.getByRole('region', { name: 'The ask' });
      expect(await ask.getByRole('listitem').first().textContent()).toMatch(/\bI (am asking|would like)\b/);

      // Points are sentences, with the entries they stand on listed beneath.
      const firstSection = page
        .locator('section.prep-section')
        .filter({ has: page.locator('li.point-evidence') })
        .first();
      const point = firstSection.locator('li.point-evidence').first();
      expect(await point.locator('.point-text').textContent()).toMatch(/^[A-Z].*[.”]$/);
      await point.getByRole('list', { name: 'Evidence' }).waitFor();

      await page.screenshot({ path: `tests/e2e/artifacts/prep-story-${kind.id}.png` });
      await page.screenshot({ path: `tests/e2e/artifacts/prep-story-${kind.id}-full.png`, fullPage: true });
    }

    // The step-down is built from the role history: what went well since the role began, and the
    // energy trend of the role, falling.
    await conversation.selectOption({ label: 'Step-down' });
    await page.getByRole('heading', { level: 2, name: 'It went well' }).waitFor();
    expect(await page.getByRole('region', { name: 'My energy in this role' }).textContent()).toMatch(/has fallen from/);
    expect(await page.getByRole('region', { name: 'Say first' }).textContent()).toMatch(/writing code/);
    await page.close();
  });
});
