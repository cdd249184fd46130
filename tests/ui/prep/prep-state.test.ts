import { LatitudeDb } from '../../../src/db/database';
import { buildPrep } from '../../../src/domain/prep/build-prep';
import { createPrepState, POINT_LIMIT } from '../../../src/ui/prep/prep-state';
import { generateLog } from '../../fixtures/generate-log';
import {
  FIXTURE_NOW,
  FIXTURE_PERIOD,
  fixtureActionItems,
  fixtureEntries,
  fixturePeople,
} from '../../fixtures/prep-log';
import { testView } from '../../fixtures/view-drafts';

const WHOLE = `#kind=promotion&period=custom&from=${FIXTURE_PERIOD.from}&to=${FIXTURE_PERIOD.to}`;

let db: LatitudeDb;
let dbs = 0;
let ids = 0;
beforeEach(async () => {
  db = new LatitudeDb(`prep-state-${++dbs}`);
  await db.entries.bulkPut(fixtureEntries);
  await db.people.bulkPut(fixturePeople);
  await db.actionItems.bulkPut(fixtureActionItems);
});
afterEach(() => db.close());

function page(hash = WHOLE, view = testView('prep')) {
  const copied: string[] = [];
  const downloads: { name: string; text: string }[] = [];
  const location = { hash };
  const history = {
    replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => {
      location.hash = String(url);
    },
  };
  const state = createPrepState({
    db,
    clock: { now: () => FIXTURE_NOW, newId: () => `10000000-0000-4000-8000-${String(++ids).padStart(12, '0')}` },
    views: view.views,
    exporter: {
      copy: async (text) => void copied.push(text),
      download: (name, text) => void downloads.push({ name, text }),
    },
    win: { location: location as Location, history: history as History, print: vi.fn() },
  });
  return { state, location, copied, downloads, view };
}

async function shown(state: ReturnType<typeof page>['state']) {
  await vi.waitFor(() => expect(state.prep.value && state.agendaRead.value).toBeTruthy());
  return state.prep.value!;
}

describe('prep state: what to prepare', () => {
  it('starts from the URL hash, and builds the same prep as the engine from the log read', async () => {
    const { state } = page();
    const prep = await shown(state);
    expect(prep.title).toBe('Promotion');
    const live = fixtureEntries.filter((e) => !e.deletedAt);
    const expected = buildPrep(
      {
        entries: live,
        people: fixturePeople,
        actionItems: fixtureActionItems.filter((i) => !i.deletedAt && !i.doneAt),
        roles: [],
      },
      { kind: 'promotion', period: FIXTURE_PERIOD },
      FIXTURE_NOW,
    );
    expect(prep.opening).toBe(expected.opening);
    expect(prep.sections.map((s) => s.id)).toEqual(expected.sections.map((s) => s.id));
    state.dispose();
  });

  it('choose: writes the hash, rebuilds for the new kind without reading the log again', async () => {
    const { state, location } = page();
    await shown(state);
    const read = state.entries.value;
    state.choose({ ...state.selection.value, kind: 'review' });
    expect(location.hash).toBe(`#kind=review&period=custom&from=${FIXTURE_PERIOD.from}&to=${FIXTURE_PERIOD.to}`);
    expect(state.prep.value?.title).toBe('Review');
    expect(state.entries.value).toBe(read);
    state.dispose();
  });

  it('a custom period that ends before it starts is not used', async () => {
    const { state } = page();
    await shown(state);
    state.choose({ kind: 'promotion', period: { preset: 'custom', from: '2024-06-30', to: '2024-01-01' } });
    expect(state.period.value).toBeUndefined();
    expect(state.prep.value).toBeUndefined();
    state.dispose();
  });

  it('showAll: a section shows all its points; choosing again folds it', async () => {
    const log = generateLog(400, { seed: 1, now: FIXTURE_NOW });
    await db.entries.bulkPut(log.entries);
    const { state } = page('#kind=review&period=last-12-months');
    await shown(state);
    const long = state.shownSections.value.find((s) => s.more > 0)!;
    expect(long.points.length).toBe(POINT_LIMIT);
    state.showAll(long.id);
    const full = state.shownSections.value.find((s) => s.id === long.id)!;
    expect(full.more).toBe(0);
    expect(full.points.length).toBe(long.points.length + long.more);
    state.choose({ ...state.selection.value });
    expect(state.shownSections.value.find((s) => s.id === long.id)!.more).toBe(long.more);
    state.dispose();
  });
});

describe('prep state: following the log', () => {
  it('a new entry in the period shows in the prep, from the entries written since (no second full read)', async () => {
    const { state } = page();
    await shown(state);
    const before = state.entries.value.size;
    const reads = vi.spyOn(db.entries, 'where');
    const added = {
      ...fixtureEntries[1]!,
      id: '20000000-0000-4000-8000-000000000001',
      text: 'A new win written in another tab',
      updatedAt: '2099-01-01T00:00:00.000Z',
    };
    await db.entries.put(added);
    await vi.waitFor(() => expect(state.entries.value.get(added.id)?.text).toBe('A new win written in another tab'));
    expect(state.entries.value.size).toBe(before + 1);
    // The watch and the refresh read keys and what changed; never the period's entries again.
    expect(
      reads.mock.calls.filter(([index]) => (index as unknown) === '[occurredOn+createdAt]').length,
    ).toBeLessThanOrEqual(1);
    state.dispose();
  });

  it('a deleted entry leaves the prep; one removed for good too', async () => {
    const { state } = page();
    await shown(state);
    const [first, second] = [...state.entries.value.values()];
    await db.entries.put({ ...first!, deletedAt: '2099-01-01T00:00:00.000Z', updatedAt: '2099-01-01T00:00:00.000Z' });
    await db.entries.delete(second!.id);
    await vi.waitFor(() => expect(state.entries.value.has(first!.id)).toBe(false));
    await vi.waitFor(() => expect(state.entries.value.has(second!.id)).toBe(false));
    state.dispose();
  });

  it('a person added elsewhere is offered', async () => {
    const { state } = page();
    await shown(state);
    await db.people.put({ ...fixturePeople[0]!, id: '20000000-0000-4000-8000-000000000002', name: 'Zed Newcomer' });
    await vi.waitFor(() => expect(state.people.value.map((p) => p.name)).toContain('Zed Newcomer'));
    state.dispose();
  });
});

describe('prep state: exports', () => {
  it('copies and downloads the Markdown of the prep shown, and says so', async () => {
    const { state, copied, downloads } = page();
    await shown(state);
    await state.copyMarkdown();
    expect(copied[0]).toMatch(/^# Promotion\n/);
    expect(state.exportStatus.value).toEqual({ kind: 'done', message: 'Markdown copied' });
    state.downloadMarkdown();
    expect(downloads[0]!.name).toBe(state.fileName.value);
    expect(downloads[0]!.text).toBe(copied[0]);
    state.dispose();
  });
});

describe('prep state: the feedback kit', () => {
  it('reads a reply into lines, saves those kept, and empties the reply once stored', async () => {
    const { state } = page();
    await shown(state);
    state.typeKit({ reply: 'Start: writing the RFC first\nKeep: the incident reviews\nStop: late pushes' });
    state.readReply();
    expect(state.kit.parsed.value?.map((l) => l.signal)).toEqual(['start', 'keep', 'stop']);
    state.toggleReplyLine(2);
    expect(state.kit.chosen.value.map((l) => l.signal)).toEqual(['start', 'keep']);
    await state.saveReplies();
    expect(state.kit.status.value).toEqual({
      kind: 'failed',
      message: 'Say who the feedback is from before saving it.',
    });
    state.typeKit({ from: 'Priya' });
    await state.saveReplies();
    expect(state.kit.status.value).toEqual({ kind: 'done', message: 'Saved 2 feedback entries' });
    expect(state.kit.typed.value.reply).toBe('');
    expect(state.kit.parsed.value).toBeNull();
    expect(
      await db.entries
        .where('kind')
        .equals('feedback')
        .filter((e) => e.person === 'Priya')
        .count(),
    ).toBe(2);
    state.dispose();
  });

  it('keeps what is typed as the tab’s draft', async () => {
    const first = page();
    first.state.typeKit({ recipient: 'Priya', reply: 'Keep: the demos' });
    first.view.close();
    first.state.dispose();
    const reloaded = page(WHOLE, testView('prep', first.view.session));
    expect(reloaded.state.kit.typed.value).toEqual({ recipient: 'Priya', reply: 'Keep: the demos', from: '' });
    expect(reloaded.state.kit.message.value).toContain('Priya');
    reloaded.state.dispose();
  });
});
