import fc from 'fast-check';
import { parseTags } from '../../src/domain/tags';

describe('parseTags', () => {
  it('splits on commas and trims', () => {
    expect(parseTags('billing, mentoring ,on-call')).toEqual(['billing', 'mentoring', 'on-call']);
  });

  it('drops a leading #, but keeps a # inside a tag', () => {
    expect(parseTags('#billing, ##mentoring, c#')).toEqual(['billing', 'mentoring', 'c#']);
  });

  it('folds runs of spaces inside a tag', () => {
    expect(parseTags('  design    reviews , # on   call')).toEqual(['design reviews', 'on call']);
  });

  it('removes duplicates ignoring case, keeping the first spelling', () => {
    expect(parseTags('Billing, billing, #BILLING, mentoring')).toEqual(['Billing', 'mentoring']);
  });

  it('gives nothing for empty pieces', () => {
    expect(parseTags('')).toEqual([]);
    expect(parseTags(' , ,, # ,')).toEqual([]);
  });

  it('never cuts a long tag, so the schema can report it', () => {
    expect(parseTags('x'.repeat(41))).toEqual(['x'.repeat(41)]);
  });

  it('always gives trimmed, non-empty, case-distinct tags without a leading #', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const tags = parseTags(raw);
        for (const tag of tags) {
          expect(tag).toBe(tag.trim());
          expect(tag).not.toBe('');
          expect(tag.startsWith('#')).toBe(false);
          expect(tag).not.toContain(',');
        }
        expect(new Set(tags.map((t) => t.toLocaleLowerCase())).size).toBe(tags.length);
      }),
    );
  });
});
