import { readFileSync } from 'node:fs';
import { buildBackupFile } from '../../src/domain/backup/format';
import { linesLeftOpen } from '../fixtures/bidi';
import { makeActionItem, makeConversation, makeEntry, makePerson } from '../fixtures/db/records';
import { LogPage } from './pages/log-page';
import { useExtensionSession } from './support/extension-session';

const RLO = '\u202e';
const STAMP = '2026-11-20T10:00:00.000Z';

/** A small log with a right-to-left override left open in an entry, a 1:1 with notes, and action items. */
async function logFile(): Promise<string> {
  const dana = makePerson(1, { name: 'Dana Ross', relationship: 'manager', createdAt: STAMP, updatedAt: STAMP });
  const talk = makeConversation(2, {
    personId: dana.id,
    date: '2026-11-20',
    notes: 'Talked about the staff path',
    agenda: { pinned: [], hidden: [], own: [{ id: 'own-1', text: 'Ask for a promotion timeline', done: true }] },
  });
  const entries = [
    makeEntry(3, {
      text: `Fixed the invoices: ${RLO}sdrow esrever`,
      occurredOn: '2026-11-19',
      energy: 2,
      meaning: 'calling',
      areas: ['site-reliability'],
    }),
    makeEntry(4, {
      kind: 'note',
      text: 'Agreed to pair on the ledger RFC',
      occurredOn: '2026-11-20',
      conversationId: talk.id,
    }),
  ];
  const file = await buildBackupFile(
    {
      entries,
      people: [dana],
      conversations: [talk],
      actionItems: [
        makeActionItem(5, {
          text: 'Send the RFC draft',
          personId: dana.id,
          conversationId: talk.id,
          dueOn: '2026-11-27',
        }),
        makeActionItem(6, {
          text: 'Book the design review',
          owner: 'them',
          personId: dana.id,
          conversationId: talk.id,
          doneAt: '2026-11-22T09:00:00.000Z',
        }),
      ],
      areas: [{ id: 'site-reliability', name: 'Site reliability', createdAt: STAMP, updatedAt: STAMP }],
    },
    { schemaVersion: 3, appVersion: 'e2e', exportedAt: new Date(STAMP) },
  );
  return file.text;
}

// The log page's Download Markdown, in real Chromium: the whole log with its 1:1s, read back from
// the downloaded file; a bidi override in an entry is closed on its own line.
describe('log page: Download Markdown', () => {
  const session = useExtensionSession();

  test('downloads the log with 1:1 notes, action items, energy and area names, and no bidi control left open', async () => {
    const settings = await session().context.newPage();
    await settings.goto(session().url('options.html'));
    await settings
      .getByLabel('Import backup')
      .setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: Buffer.from(await logFile()) });
    await settings.getByRole('button', { name: 'Add new records' }).click();
    await settings
      .getByRole('status')
      .filter({ hasText: /^Imported: 7 records added/ })
      .waitFor();
    await settings.close();

    const log = await LogPage.open(session());
    await log.entry('Agreed to pair on the ledger RFC').waitFor();
    const [download] = await Promise.all([
      log.page.waitForEvent('download'),
      log.page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^latitude-log-\d{4}-\d{2}-\d{2}\.md$/);
    await log.page
      .getByRole('status')
      .filter({ hasText: `Downloaded ${download.suggestedFilename()} (2 entries).` })
      .waitFor();
    const markdown = readFileSync(await download.path(), 'utf8');

    expect(markdown).toMatch(/^# Latitude log$/m);
    expect(markdown).toContain('- 2026-11-19, Win: Fixed the invoices: \u202esdrow esrever\u202c\n');
    expect(markdown).toContain(
      '  - Energy: very energizing (+2)\n  - Meaning: felt like a calling\n  - Areas: Site reliability\n',
    );
    expect(markdown).toContain('### 1:1 with Dana Ross, 2026-11-20');
    expect(markdown).toContain('- Talked about the staff path');
    expect(markdown).toContain('- Note: Agreed to pair on the ledger RFC');
    expect(markdown).toContain('- [ ] Send the RFC draft (mine, open, due 2026-11-27, with Dana Ross)');
    expect(markdown).toContain("- [x] Book the design review (Dana Ross's, done 2026-11-22)");
    expect(markdown).toContain('- [x] Ask for a promotion timeline (done)');
    expect(linesLeftOpen(markdown)).toEqual([]);

    // The same button on a filtered view downloads what the view shows.
    await log.page.getByRole('combobox', { name: 'Kind' }).selectOption('note');
    await expect.poll(() => log.entryTexts()).toEqual(['Agreed to pair on the ledger RFC']);
    const [filtered] = await Promise.all([
      log.page.waitForEvent('download'),
      log.page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(filtered.suggestedFilename()).toMatch(/^latitude-log-filtered-\d{4}-\d{2}-\d{2}\.md$/);
    const notes = readFileSync(await filtered.path(), 'utf8');
    expect(notes).toContain('Filtered to kind Note.');
    expect(notes).not.toContain('Fixed the invoices');
    expect(notes).toContain('### 1:1 with Dana Ross, 2026-11-20');
    await log.close();
  });
});
