import fc from 'fast-check';
import { bidiClosers, closeBidiControls, escapeBidiInJson } from '../../src/domain/bidi';
import { linesLeftOpen } from '../fixtures/bidi';

const RLO = '\u202e';
const LRE = '\u202a';
const PDF = '\u202c';
const RLI = '\u2067';
const PDI = '\u2069';

/** Whether `longer` is `shorter` with characters inserted, and only closers (PDF, PDI). */
function onlyClosersAdded(shorter: string, longer: string): boolean {
  let i = 0;
  for (const char of longer) {
    if (i < shorter.length && char === shorter[i]) i += 1;
    else if (char !== PDF && char !== PDI) return false;
  }
  return i === shorter.length;
}

describe('closing bidi controls at the end of each line', () => {
  it('closes an override, an embedding and an isolate where their line ends, innermost first', () => {
    expect(closeBidiControls(`evil ${RLO}txet\nnext line`)).toBe(`evil ${RLO}txet${PDF}\nnext line`);
    expect(closeBidiControls(`${LRE}a ${RLI}b`)).toBe(`${LRE}a ${RLI}b${PDI}${PDF}`);
    expect(closeBidiControls(`a${RLO}\r\nb${RLI}\rc`)).toBe(`a${RLO}${PDF}\r\nb${RLI}${PDI}\rc`);
    // U+2028 and U+2029 end a line in some viewers: closed there too.
    expect(closeBidiControls(`a${RLO}\u2028b`)).toBe(`a${RLO}${PDF}\u2028b`);
  });

  it('follows the pairing rules: a PDI closes the embeddings inside its isolate; stray closers do nothing', () => {
    expect(bidiClosers(`${RLI}${RLO}x${PDI}`)).toBe('');
    expect(bidiClosers(`${RLO}${RLI}x${PDF}`)).toBe(`${PDI}${PDF}`); // a PDF cannot close across an isolate
    expect(bidiClosers(`${PDF}${PDI}plain`)).toBe('');
    expect(bidiClosers(`${RLO}a${PDF}`)).toBe('');
  });

  it('puts the closers before a hard line break, which must stay last on its line', () => {
    expect(closeBidiControls(`a${RLO}b\\\n  c`)).toBe(`a${RLO}b${PDF}\\\n  c`);
    expect(closeBidiControls(`a${RLO}b  \nc`)).toBe(`a${RLO}b${PDF}  \nc`);
    // An escaped backslash (an even run) is text, not a break: the closer goes after it.
    expect(closeBidiControls(`a${RLO}b\\\\\nc`)).toBe(`a${RLO}b\\\\${PDF}\nc`);
  });

  it('leaves text without bidi controls, or with balanced ones, exactly as it was', () => {
    const text = `# Title\n\n- ${RLO}balanced${PDF} and ${RLI}isolated${PDI}\\\n  more\n`;
    expect(closeBidiControls(text)).toBe(text);
    expect(closeBidiControls('plain text\n')).toBe('plain text\n');
  });

  it('closes nesting deeper than the bidi algorithm counts', () => {
    const deep = `${RLO.repeat(200)}x${LRE.repeat(100)}\nnext`;
    const closed = closeBidiControls(deep);
    expect(linesLeftOpen(deep)).toHaveLength(1);
    expect(linesLeftOpen(closed)).toEqual([]);
  });

  it('for any text: no line stays open, only closers are added, and closing twice changes nothing', () => {
    const alphabet = fc.constantFrom(
      'a',
      ' ',
      '\\',
      '\n',
      '\r',
      '\u2029',
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 300 }), (chars) => {
        const text = chars.join('');
        const closed = closeBidiControls(text);
        expect(linesLeftOpen(closed)).toEqual([]);
        // The closers are exactly what UAX #9 leaves open, line by line.
        expect(
          text
            .split(/\r\n|[\n\r\u2029]/)
            .every((line) => (bidiClosers(line) !== '') === linesLeftOpen(line).length > 0),
        ).toBe(true);
        expect(onlyClosersAdded(text, closed)).toBe(true);
        expect(closeBidiControls(closed)).toBe(closed);
      }),
      { numRuns: 500 },
    );
  });
});

describe('bidi controls in JSON', () => {
  it('are written as escapes, and the JSON parses to exactly the same strings', () => {
    const value = { text: `a${RLO}b${LRE}c${PDF}${RLI}d${PDI}`, [`key${RLO}`]: [`${'\u2066\u2068\u202b\u202d'}`] };
    const json = escapeBidiInJson(JSON.stringify(value, null, 2));
    expect(json).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(json).toContain('a\\u202eb\\u202ac\\u202c\\u2067d\\u2069');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('leaves JSON without them untouched', () => {
    const json = JSON.stringify({ text: 'plain \\u202e as typed' });
    expect(escapeBidiInJson(json)).toBe(json);
  });
});
