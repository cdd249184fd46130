// The log page's state (src/ui/log/log-state.ts) and the states it composes, without rendering:
// the route picks the view and its state; each view's reads follow the database; tag and area
// writes say why they were refused or failed.
import { signal } from '@preact/signals';
import { openViewDrafts } from '../../../src/browser/view-drafts';
import { LatitudeDb } from '../../../src/db/database';
import { addPeopleNamedInEntries } from '../../../src/db/people';
import type { CustomArea } from '../../../src/domain/area';
import { createLogState, type LogState } from '../../../src/ui/log/log-state';
import { createPersonState } from '../../../src/ui/log/people-state';
import { createTagsState } from '../../../src/ui/log/tags-state';
import { isolatedIdb } from '../../fixtures/db/isolated';
import { FAILURES, injectWriteFault } from '../../fixtures/faults';
import { freshDb, makeEntry, nextTestId, testId } from '../../fixtures/log-entries';

const clock = { now: () => new Date('2025-06-01T12:00:00.000Z'), newId: nextTestId };

/** A page location whose hash can be moved, with the events the state listens to. */
function fakeNav(hash = '') {
  const events = new EventTarget();
  const location = { search: '', hash, pathname: '/log.html' };
  return {
    nav: { location, history: { replaceState: () => undefined }, window: events },
    go(next: string) {
      location.hash = next;
      events.dispatchEvent(new Event('hashchange'));
    },
  };
}

function open(db: LatitudeDb, hash = ''): { state: LogState; go: (hash: string) => void } {
  const { nav, go } = fakeNav(hash);
  const drafts = openViewDrafts('log', { every: () => () => undefined });
  const state = createLogState({ db, clock, nav, drafts, download: () => undefined });
  onTestFinished(() => state.dispose());
  return { state, go };
}

const entries = () => [
  makeEntry({
    id: testId(1),
    kind: 'feedback',
    person: 'Ana Lima',
    text: 'Keep the design reviews',
    tags: ['reviews'],
  }),
  makeEntry({ id: testId(2), kind: 'note', person: 'Bo Chen', text: 'Asked about the roadmap', tags: ['docs'] }),
  makeEntry({ id: testId(3), occurredOn: '2025-03-11', text: 'Shipped the billing migration', tags: ['docs'] }),
];

describe('the log state', () => {
  it('reads the first page, then its counts and the filters’ choices', async () => {
    const db = freshDb();
    await db.entries.bulkPut(entries());
    const { entries: view } = open(db).state;
    await vi.waitFor(() => expect(view.shown.value.map((e) => e.id)).toEqual([testId(3), testId(2), testId(1)]));
    await vi.waitFor(() => expect(view.total.value).toBe(3));
    expect(view.kindCounts.value).toMatchObject({ win: 1, feedback: 1, note: 1 });
    await vi.waitFor(() => expect(view.tagChoices.value).toEqual({ status: 'ready', value: ['docs', 'reviews'] }));
    await vi.waitFor(() =>
      expect(view.personChoices.value).toEqual({ status: 'ready', value: ['Ana Lima', 'Bo Chen'] }),
    );
  });

  it('follows the filter, and drops counts read for another filter', async () => {
    const db = freshDb();
    await db.entries.bulkPut(entries());
    const { entries: view } = open(db).state;
    await vi.waitFor(() => expect(view.total.value).toBe(3));
    view.setFilter({ kind: 'note' });
    expect(view.kindCounts.value).toBeUndefined();
    await vi.waitFor(() => expect(view.shown.value.map((e) => e.id)).toEqual([testId(2)]));
    await vi.waitFor(() => expect(view.total.value).toBe(1));
  });

  it('follows writes made elsewhere', async () => {
    const db = freshDb();
    await db.entries.bulkPut(entries());
    const { entries: view } = open(db).state;
    await vi.waitFor(() => expect(view.shown.value).toHaveLength(3));
    await db.entries.put(makeEntry({ id: testId(4), occurredOn: '2025-04-01', text: 'Led the incident review' }));
    await vi.waitFor(() => expect(view.shown.value[0]?.text).toBe('Led the incident review'));
  });

  it('opens each view’s state from the hash, and disposes it when left', async () => {
    const db = freshDb();
    await db.entries.bulkPut(entries());
    const { state, go } = open(db, '#/people');
    const people = state.view.value;
    if (people.view !== 'people') throw new Error(`people expected, got ${people.view}`);
    // The names typed into entries become people, and the list follows.
    await vi.waitFor(() =>
      expect(
        people.state.people.value.status === 'ready' && people.state.people.value.value.map((p) => p.person.name),
      ).toEqual(['Ana Lima', 'Bo Chen']),
    );

    go('#/tags');
    expect(state.view.value.view).toBe('tags');
    go('#/');
    expect(state.view.value.view).toBe('entries');
    await vi.waitFor(() => expect(state.entries.shown.value).toHaveLength(3));
  });

  it('prepares the Markdown of the view and says what it downloaded', async () => {
    const db = freshDb();
    await db.entries.bulkPut(entries());
    const files: string[] = [];
    const { nav } = fakeNav();
    const drafts = openViewDrafts('log', { every: () => () => undefined });
    const state = createLogState({ db, clock, nav, drafts, download: (_blob, name) => files.push(name) });
    onTestFinished(() => state.dispose());
    await state.entries.downloadMarkdown();
    expect(files).toEqual(['latitude-log-2025-06-01.md']);
    expect(state.entries.exportStatus.value).toEqual({
      kind: 'done',
      message: 'Downloaded latitude-log-2025-06-01.md (3 entries).',
    });
    expect(state.entries.exporting.value).toBe(false);
  });
});

describe('a person’s state', () => {
  it('reads the person, their feedback, other entries and whom they can be merged into; a rename follows', async () => {
    const db = freshDb();
    await db.entries.bulkPut(entries());
    await addPeopleNamedInEntries(db, { now: clock.now(), newId: nextTestId });
    const ana = (await db.people.toArray()).find((p) => p.name === 'Ana Lima')!;
    const state = createPersonState({ db, clock, id: ana.id, navigate: () => undefined });
    onTestFinished(() => state.dispose());
    await vi.waitFor(() => expect(state.feedback.value.map((e) => e.id)).toEqual([testId(1)]));
    expect(state.otherEntries.value).toEqual([]);
    await vi.waitFor(() => expect(state.otherPeople.value.map((p) => p.name)).toEqual(['Bo Chen']));

    state.edits.typeName(ana, 'Ana Souza');
    await state.edits.rename(ana);
    await vi.waitFor(() =>
      expect(state.person.value.status === 'ready' && state.person.value.value?.name).toBe('Ana Souza'),
    );
    await vi.waitFor(() => expect(state.feedback.value.map((e) => e.person)).toEqual(['Ana Souza']));
  });
});

describe('tags and areas', () => {
  const noAreas = signal<readonly CustomArea[]>([]);

  it('renames a tag on every entry and says so; an empty name is refused at the field', async () => {
    const db = freshDb();
    await db.entries.bulkPut(entries());
    const state = createTagsState({ db, clock, customAreas: noAreas });
    onTestFinished(() => state.dispose());
    await vi.waitFor(() => expect(state.tags.value.status).toBe('ready'));

    expect(await state.renameTag('docs', '  ')).toMatch(/./);
    expect(await state.renameTag('docs', 'writing')).toBeUndefined();
    expect(state.status.value).toBe('#docs is now #writing on 2 entries.');
    await vi.waitFor(() =>
      expect(state.tags.value.status === 'ready' && state.tags.value.value.map((t) => t.tag)).toEqual([
        'writing',
        'reviews',
      ]),
    );
  });

  it('adds an area and renames it; a name taken is refused', async () => {
    const db = freshDb();
    const state = createTagsState({ db, clock, customAreas: noAreas });
    onTestFinished(() => state.dispose());
    expect(await state.addArea('Teaching')).toBe('There is already an area called Teaching.');
    expect(await state.addArea('Site reliability')).toBeUndefined();
    expect(state.status.value).toBe('Area Site reliability added.');
    const [area] = await db.areas.toArray();
    expect(await state.renameArea(area!, 'Reliability')).toBeUndefined();
    expect(state.status.value).toBe('Area renamed to Reliability.');
    expect((await db.areas.get(area!.id))?.name).toBe('Reliability');
  });

  describe.each(FAILURES)('a write failing as %s', (failure, message) => {
    it('says why, keeps what was stored, and the next try goes through', async () => {
      const db = new LatitudeDb('latitude', isolatedIdb());
      const fault = injectWriteFault(db);
      await db.entries.bulkPut(entries());
      await db.areas.put({
        id: 'own',
        name: 'Mentoring',
        createdAt: clock.now().toISOString(),
        updatedAt: clock.now().toISOString(),
      });
      const state = createTagsState({ db, clock, customAreas: noAreas });
      onTestFinished(() => state.dispose());

      fault.failNext({ table: 'entries', failure });
      const tagRefusal = await state.renameTag('docs', 'writing');
      expect(tagRefusal).toMatch(/^Not renamed: /);
      expect(tagRefusal).toMatch(message);
      expect(tagRefusal).toMatch(/The name you typed is kept\.$/);
      expect((await db.entries.get(testId(2)))?.tags).toEqual(['docs']);
      expect(state.status.value).toBe('');

      const area = (await db.areas.get('own'))!;
      fault.failNext({ table: 'areas', failure });
      expect(await state.renameArea(area, 'Coaching')).toMatch(message);
      expect((await db.areas.get('own'))?.name).toBe('Mentoring');

      fault.failNext({ table: 'areas', failure });
      const addRefusal = await state.addArea('Writing');
      expect(addRefusal).toMatch(/^Not added: /);
      expect(addRefusal).toMatch(message);
      expect(await db.areas.count()).toBe(1);

      expect(await state.renameTag('docs', 'writing')).toBeUndefined();
      expect((await db.entries.get(testId(2)))?.tags).toEqual(['writing']);
    });
  });
});
