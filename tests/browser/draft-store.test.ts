import { createDraftStore } from '../../src/browser/draft-store';
import { type CaptureDraft, EMPTY_DRAFT, isBlankDraft } from '../../src/domain/draft';

const KEY = 'latitude:draft:test';
const draft: CaptureDraft = {
  kind: 'feedback',
  text: 'half-typed, and even <b>too long</b>',
  tags: 'billing, ',
  areas: ['coding'],
  person: 'Ana',
  signal: 'keep',
  source: { url: 'https://example.com/', title: 'Example' },
};

function throwingStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const fail = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return { getItem: fail, setItem: fail, removeItem: fail };
}

describe('createDraftStore', () => {
  it('saves, loads and clears a draft exactly as typed', () => {
    const store = createDraftStore(KEY);
    expect(store.load()).toBeUndefined();
    store.save(draft);
    expect(createDraftStore(KEY).load()).toEqual(draft);
    store.clear();
    expect(store.load()).toBeUndefined();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('keeps a removed page as null, so it stays removed', () => {
    const store = createDraftStore(KEY);
    store.save({ ...EMPTY_DRAFT, source: null });
    expect(store.load()?.source).toBeNull();
  });

  it('keeps drafts under different keys apart', () => {
    createDraftStore('a').save({ ...EMPTY_DRAFT, text: 'a' });
    createDraftStore('b').save({ ...EMPTY_DRAFT, text: 'b' });
    expect(createDraftStore('a').load()?.text).toBe('a');
  });

  it.each([
    ['corrupt JSON', '{"kind":"win","text":'],
    ['JSON of the wrong shape', '{"kind":"essay","text":"x"}'],
    ['a bare value', '42'],
    ['null', 'null'],
    [
      'a page with a javascript: link',
      JSON.stringify({ ...EMPTY_DRAFT, source: { url: 'javascript:alert(1)', title: 'x' } }),
    ],
  ])('loads nothing from %s', (_, raw) => {
    localStorage.setItem(KEY, raw);
    expect(createDraftStore(KEY).load()).toBeUndefined();
  });

  it('never throws when storage throws (quota, or storage turned off)', () => {
    const store = createDraftStore(KEY, throwingStorage());
    expect(() => store.save(draft)).not.toThrow();
    expect(store.load()).toBeUndefined();
    expect(() => store.clear()).not.toThrow();
  });
});

describe('isBlankDraft', () => {
  it('is blank only when nothing was typed or chosen', () => {
    expect(isBlankDraft(EMPTY_DRAFT)).toBe(true);
    expect(isBlankDraft({ ...EMPTY_DRAFT, text: '  ', kind: 'talent' })).toBe(true);
    expect(isBlankDraft({ ...EMPTY_DRAFT, text: 'x' })).toBe(false);
    expect(isBlankDraft({ ...EMPTY_DRAFT, tags: 'x' })).toBe(false);
    expect(isBlankDraft({ ...EMPTY_DRAFT, person: 'x' })).toBe(false);
    expect(isBlankDraft({ ...EMPTY_DRAFT, areas: ['coding'] })).toBe(false);
  });
});
