import fc from 'fast-check';
import { buildEntry, CAPTURE_KINDS } from '../../src/domain/capture';
import { TEXT_MAX } from '../../src/domain/entry';
import { FIXED_NOW } from '../fixtures/clock';
import { testId } from '../fixtures/ids';

const env = { now: FIXED_NOW, newId: () => testId(1) };
const kind = fc.constantFrom(...CAPTURE_KINDS);
const whitespace = fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u2028', '\ufeff'), maxLength: 4 });
/**
 * Short strings of any characters, whitespace-heavy ones, and text just around the 10,000-character
 * limit (built from a length, so that a failure shrinks in milliseconds, not minutes).
 */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u2028', '\ufeff', 'a'), maxLength: 30 }),
  fc
    .tuple(whitespace, fc.integer({ min: TEXT_MAX - 3, max: TEXT_MAX + 3 }), whitespace)
    .map(([lead, length, trail]) => `${lead}${'x'.repeat(length)}${trail}`),
);

describe('buildEntry, for any typed input', () => {
  it('never throws, and either builds an entry or names the fields', () => {
    fc.assert(
      fc.property(kind, text, fc.array(fc.string(), { maxLength: 25 }), fc.string(), (kind, text, tags, person) => {
        const result = buildEntry({ kind, text, tags, person }, env);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(error.message).not.toBe('');
        }
      }),
    );
  });

  it('accepts text exactly when its trimmed length is 1..10,000, and stores it trimmed', () => {
    fc.assert(
      fc.property(kind, text, (kind, text) => {
        const result = buildEntry({ kind, text }, env);
        const trimmed = text.trim();
        expect(result.ok).toBe(trimmed.length >= 1 && trimmed.length <= TEXT_MAX);
        if (result.ok) expect(result.entry.text).toBe(trimmed);
        else expect(result.errors.map((e) => e.field)).toEqual(['text']);
      }),
    );
  });
});
