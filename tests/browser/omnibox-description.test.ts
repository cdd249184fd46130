import { omniboxDescription } from '../../src/browser/omnibox';

describe('omniboxDescription', () => {
  it('escapes every XML-special character for Chrome', () => {
    expect(omniboxDescription(`Log win: <b>"fast" & 'safe'</b>`, true)).toBe(
      'Log win: &#60;b&#62;&#34;fast&#34; &#38; &#39;safe&#39;&#60;/b&#62;',
    );
  });

  it('gives well-formed XML for any text', () => {
    const parser = new DOMParser();
    for (const text of ['<match>', 'a < b && c > d', '<![CDATA[x]]>', '&amp;', '</dim><url>']) {
      const xml = `<description>${omniboxDescription(text, true)}</description>`;
      const doc = parser.parseFromString(xml, 'application/xml');
      expect(doc.documentElement.textContent).toBe(text);
    }
  });

  it('leaves the text as it is for Firefox, which shows plain text', () => {
    expect(omniboxDescription('a < b & "c"', false)).toBe('a < b & "c"');
  });
});
