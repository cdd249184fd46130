// Every text export goes through one step that closes the bidi controls a line opens
// (closeBidiControls, src/domain/bidi.ts); the backup escapes them instead. One test per export
// says so, with text whose U+202E (RLO) and U+2067 (RLI) are left open, as a web page could leave them.
import { buildBackupFile } from '../../src/domain/backup/format';
import { openBackup, validateBackup } from '../../src/domain/backup/read-backup';
import { emptyBackupData } from '../../src/domain/backup/tables';
import { buildBragDocument } from '../../src/domain/brag-document';
import type { Entry } from '../../src/domain/entry';
import { buildLogMarkdown } from '../../src/domain/log-export';
import { EMPTY_FILTER } from '../../src/domain/log-filter';
import { oneOnOneSummaryMarkdown } from '../../src/domain/one-on-one';
import { buildPrep } from '../../src/domain/prep/build-prep';
import { feedbackRequestMessage } from '../../src/domain/prep/feedback-kit';
import { prepToMarkdown } from '../../src/domain/prep/markdown';
import { linesLeftOpen } from '../fixtures/bidi';
import { makeActionItem, makeConversation, makeEntry, makePerson } from '../fixtures/db/records';
import { FIXTURE_NOW, FIXTURE_PERIOD, fixtureLog } from '../fixtures/prep-log';

const RLO = '\u202e';
const RLI = '\u2067';
/** Reads "Shipped the invoice fix" with the words after the override reversed on screen. */
const OPEN_OVERRIDE = `Shipped the ${RLO}xif eciovni`;
const OPEN_ISOLATE = `Pairing with ${RLI}Dana`;
const NOW = new Date(2025, 2, 20, 9, 0);

function expectClosedLines(text: string) {
  // Without the closing step each of these exports leaves lines open: the test can fail.
  expect(text).toContain(RLO);
  expect(linesLeftOpen(text)).toEqual([]);
}

describe('bidi controls in every export', () => {
  it('the log page Markdown closes them on each line', () => {
    const person = makePerson(1, { name: `Dana ${RLO}ssoR` });
    const talk = makeConversation(2, {
      personId: person.id,
      notes: `${OPEN_OVERRIDE}\n${OPEN_ISOLATE}`,
      agenda: { pinned: [], hidden: [], own: [{ id: 'p', text: OPEN_OVERRIDE }] },
    });
    const markdown = buildLogMarkdown({
      entries: [
        makeEntry(3, {
          text: `${OPEN_OVERRIDE}\n${OPEN_ISOLATE}`,
          impact: OPEN_OVERRIDE,
          tags: [`${RLO}gat`],
          conversationId: talk.id,
        } as Partial<Entry>),
      ],
      conversations: [talk],
      actionItems: [makeActionItem(4, { text: OPEN_OVERRIDE, conversationId: talk.id, personId: person.id })],
      people: [person],
      customAreas: [],
      filter: { ...EMPTY_FILTER, q: `${RLO}fix` },
      today: '2025-03-20',
      now: NOW,
    });
    expectClosedLines(markdown);
    // Closed, not removed: what was typed is all there.
    expect(markdown).toContain(`Shipped the ${RLO}xif eciovni\u202c\\\n`);
  });

  it('the brag document closes them on each line', () => {
    expectClosedLines(
      buildBragDocument(
        [makeEntry(1, { text: `${OPEN_OVERRIDE}\n${OPEN_ISOLATE}`, metric: OPEN_OVERRIDE } as Partial<Entry>)],
        NOW,
      ),
    );
  });

  it("the prep's Markdown closes them on each line", () => {
    const evil = makeEntry(9, {
      text: OPEN_OVERRIDE,
      impact: OPEN_OVERRIDE,
      occurredOn: '2024-03-01',
      createdAt: '2024-03-01T10:00:00.000Z',
    } as Partial<Entry>);
    const log = { ...fixtureLog, entries: [...fixtureLog.entries, evil] };
    const prep = buildPrep(log, { kind: 'review', period: FIXTURE_PERIOD }, FIXTURE_NOW);
    const markdown = prepToMarkdown({
      prep,
      agenda: {
        pinned: [],
        hidden: [],
        own: [
          { id: 'own', text: OPEN_OVERRIDE },
          { id: 'own-2', text: OPEN_ISOLATE },
        ],
      },
      entries: new Map(log.entries.map((entry) => [entry.id, entry])),
      actionItems: new Map(log.actionItems.map((item) => [item.id, item])),
    });
    expectClosedLines(markdown);
  });

  it('the 1:1 summary closes them on each line', () => {
    const markdown = oneOnOneSummaryMarkdown({
      personName: `Dana ${RLO}ssoR`,
      date: '2025-03-12',
      entries: [
        makeEntry(1, { kind: 'note', text: OPEN_OVERRIDE } as Partial<Entry>),
        makeEntry(2, { kind: 'note', text: OPEN_ISOLATE, tags: ['decision'] } as Partial<Entry>),
      ],
      actionItems: [makeActionItem(3, { text: OPEN_OVERRIDE, dueOn: '2025-03-19' })],
      agenda: { pinned: [], hidden: [], own: [{ id: 'p', text: OPEN_OVERRIDE, done: true }] },
    });
    expectClosedLines(markdown);
  });

  it('the feedback request message closes them on each line', () => {
    expectClosedLines(feedbackRequestMessage(`Dana ${RLO}ssoR`));
  });

  it('the backup writes them as escapes, and imports back exactly', async () => {
    const entry = makeEntry(1, { text: `${OPEN_OVERRIDE}\n${OPEN_ISOLATE}\u202c\u2069\u202a\u202b\u202d\u2066\u2068` });
    const data = { ...emptyBackupData(), entries: [entry], people: [makePerson(2, { name: `Dana ${RLO}ssoR` })] };
    const file = await buildBackupFile(data, { schemaVersion: 3, appVersion: '0.1.0', exportedAt: NOW });
    expect(file.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(file.text).toContain('Shipped the \\u202exif eciovni');
    const opened = await openBackup(file.text, { supportedSchemaVersion: 3 });
    if (!opened.ok) throw new Error(opened.problem.kind);
    expect(opened.backup.integrity).toEqual({ kind: 'intact' }); // the checksum still matches
    const validated = await validateBackup(opened.backup, { supportedSchemaVersion: 3 });
    expect(validated.ok && validated.data).toEqual(data);
  });
});
