import { buildEntry, type CaptureInput } from '../../src/domain/capture';
import { EMPTY_DRAFT } from '../../src/domain/draft';
import { toCaptureInput } from '../../src/ui/capture/capture-state';
import { FIXED_NOW } from '../fixtures/clock';
import { testId } from '../fixtures/ids';

const env = { now: FIXED_NOW, newId: () => testId(1) };

function build(input: Partial<CaptureInput>) {
  return buildEntry({ kind: 'win', text: 'Shipped the billing migration', ...input }, env);
}

function errorsOf(input: Partial<CaptureInput>) {
  const result = build(input);
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.entry)}`);
  return result.errors;
}

describe('buildEntry', () => {
  it('builds a complete win with id, timestamps and empty lists', () => {
    const result = build({});
    expect(result).toEqual({
      ok: true,
      entry: {
        id: testId(1),
        createdAt: FIXED_NOW.toISOString(),
        updatedAt: FIXED_NOW.toISOString(),
        kind: 'win',
        text: 'Shipped the billing migration',
        occurredOn: '2025-03-12',
        tags: [],
        areas: [],
      },
    });
  });

  it('marks captured feedback as received and keeps its person and signal', () => {
    const result = build({ kind: 'feedback', text: 'Keep running design reviews', person: ' Ana ', signal: 'keep' });
    expect(result.ok && result.entry).toMatchObject({
      kind: 'feedback',
      direction: 'received',
      person: 'Ana',
      signal: 'keep',
    });
  });

  it('records talent evidence as self, or others when someone said it', () => {
    const self = build({ kind: 'talent', text: 'Explaining hard things' });
    const others = build({ kind: 'talent', text: 'Explaining hard things', person: 'Ana' });
    expect(self.ok && self.entry).toMatchObject({ kind: 'talent', evidence: 'self' });
    expect(others.ok && others.entry).toMatchObject({ kind: 'talent', evidence: 'others', person: 'Ana' });
  });

  it('trims the text', () => {
    const result = build({ text: '  \n shipped it \t ' });
    expect(result.ok && result.entry.text).toBe('shipped it');
  });

  it.each(['', '   ', '\n\t '])('refuses blank text %j on the field "text"', (text) => {
    expect(errorsOf({ text })).toEqual([{ field: 'text', message: 'Write something first: the entry is empty.' }]);
  });

  it('accepts 10,000 characters and refuses 10,001', () => {
    expect(build({ text: 'a'.repeat(10_000) }).ok).toBe(true);
    expect(build({ text: `  ${'a'.repeat(10_000)}  ` }).ok).toBe(true);
    const [error] = errorsOf({ text: 'a'.repeat(10_001) });
    expect(error?.field).toBe('text');
    expect(error?.message).toMatch(/10,000 characters/);
  });

  it('accepts 20 tags and refuses 21', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `tag-${i}`);
    expect(build({ tags: tags(20) }).ok).toBe(true);
    expect(errorsOf({ tags: tags(21) })).toEqual([{ field: 'tags', message: 'Use at most 20 tags.' }]);
  });

  it('accepts a 40-character tag and refuses 41, naming the tag', () => {
    expect(build({ tags: ['x'.repeat(40)] }).ok).toBe(true);
    expect(errorsOf({ tags: ['billing', 'on-call', 'x'.repeat(41)] })).toEqual([
      { field: 'tags', message: 'Tag 3: A tag has at most 40 characters.' },
    ]);
  });

  it('gives one message per field when several are wrong', () => {
    const errors = errorsOf({ text: ' ', tags: ['x'.repeat(41)] });
    expect(errors.map((e) => e.field).sort()).toEqual(['tags', 'text']);
  });

  it('dates the entry on the local day of `now`, unless told otherwise', () => {
    const lateEvening = new Date(2025, 11, 31, 23, 59);
    const result = buildEntry({ kind: 'win', text: 'x' }, { now: lateEvening, newId: () => testId(2) });
    expect(result.ok && result.entry.occurredOn).toBe('2025-12-31');
    const earlyMorning = new Date(2026, 0, 1, 0, 1);
    const next = buildEntry({ kind: 'win', text: 'x' }, { now: earlyMorning, newId: () => testId(3) });
    expect(next.ok && next.entry.occurredOn).toBe('2026-01-01');
    const given = build({ occurredOn: '2024-02-29' });
    expect(given.ok && given.entry.occurredOn).toBe('2024-02-29');
  });

  it('uses the local day, not the UTC day', () => {
    const previous = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      // 05:00 UTC on New Year's Day is still New Year's Eve in California.
      const now = new Date(Date.UTC(2026, 0, 1, 5, 0));
      const result = buildEntry({ kind: 'win', text: 'x' }, { now, newId: () => testId(4) });
      expect(result.ok && result.entry.occurredOn).toBe('2025-12-31');
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  });

  it('refuses an impossible date', () => {
    expect(build({ occurredOn: '2025-02-30' }).ok).toBe(false);
  });

  it('keeps an http(s) page as source', () => {
    const source = { url: 'https://example.com/pr/1', title: 'PR #1' };
    const result = build({ source });
    expect(result.ok && result.entry.source).toEqual(source);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'chrome://settings'])(
    'refuses a %s source',
    (url) => {
      expect(errorsOf({ source: { url, title: 'x' } })).toEqual([
        { field: 'source', message: 'Page link is not valid.' },
      ]);
    },
  );

  it('drops a blank person instead of storing it empty', () => {
    const result = build({ kind: 'feedback', person: '   ' });
    expect(result.ok && 'person' in result.entry).toBe(false);
  });

  it('refuses energy outside -2..2 with a plain message', () => {
    expect(build({ energy: 2 }).ok).toBe(true);
    expect(errorsOf({ energy: 3 })).toEqual([{ field: 'energy', message: 'Energy is not valid.' }]);
    expect(errorsOf({ energy: 0.5 })).toEqual([{ field: 'energy', message: 'Energy is not valid.' }]);
  });

  it('refuses an area id that is not a slug', () => {
    expect(build({ areas: ['coding', 'my-own-area'] }).ok).toBe(true);
    expect(errorsOf({ areas: ['Not A Slug'] })[0]?.field).toBe('areas');
  });

  describe('feedback about a win', () => {
    const talk = testId(77);

    it('carries the win a feedback draft is about into the entry', () => {
      const draft = {
        ...EMPTY_DRAFT,
        kind: 'feedback' as const,
        text: 'Your KubeCon talk was the clearest yet',
        about: [talk],
      };
      const result = buildEntry(toCaptureInput(draft), env);
      expect(result).toMatchObject({ ok: true, entry: { kind: 'feedback', about: [talk] } });
    });

    it('drops the link of a draft that is not feedback, and an empty one', () => {
      const draft = { ...EMPTY_DRAFT, kind: 'win' as const, text: 'Gave the KubeCon talk', about: [talk] };
      const win = buildEntry(toCaptureInput(draft), env);
      expect(win.ok && win.entry).not.toHaveProperty('about');
      const none = buildEntry(toCaptureInput({ ...draft, kind: 'feedback', about: [] }), env);
      expect(none.ok && none.entry).not.toHaveProperty('about');
    });

    it('refuses a link that is not an id, or more than 10', () => {
      expect(errorsOf({ kind: 'feedback', about: ['javascript:alert(1)'] })).toEqual([
        { field: 'about', message: 'About a win is not valid.' },
      ]);
      const eleven = Array.from({ length: 11 }, (_, i) => testId(100 + i));
      expect(errorsOf({ kind: 'feedback', about: eleven })).toEqual([
        { field: 'about', message: 'Link at most 10 entries.' },
      ]);
    });
  });
});
