import fc from 'fast-check';
import type { Agenda } from '../../../src/domain/conversation';
import type { Entry } from '../../../src/domain/entry';
import { buildPrep } from '../../../src/domain/prep/build-prep';
import { markdownFileName, prepToMarkdown } from '../../../src/domain/prep/markdown';
import { escapeMarkdown, markdownLink } from '../../../src/domain/prep/markdown-escape';
import { FIXTURE_NOW, FIXTURE_PERIOD, fixtureIds, fixtureLog } from '../../fixtures/prep-log';

const entriesOf = (entries: readonly Entry[]) => new Map(entries.map((e) => [e.id, e]));
const actionItems = new Map(fixtureLog.actionItems.map((i) => [i.id, i]));

describe('escapeMarkdown', () => {
  it('keeps captured text as text: no markup, HTML, link, image, mention or math', () => {
    expect(escapeMarkdown('**bold** _it_ `code` <img src=x onerror=alert(1)>')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\<img src=x onerror=alert(1)\\>',
    );
    expect(escapeMarkdown('[click](javascript:alert(1)) ![pic](https://x.test/a.png)')).toBe(
      '\\[click\\](javascript:alert(1)) !\\[pic\\](https\\://x.test/a.png)',
    );
    expect(
      escapeMarkdown('see https://evil.test and www.evil.test, ping @alice about #12, $x^2$, a | b, ~~no~~, &amp;'),
    ).toBe(
      'see https\\://evil.test and www\\.evil.test, ping \\@alice about \\#12, \\$x\\^2\\$, a \\| b, \\~\\~no\\~\\~, \\&amp;',
    );
  });

  it('folds lines, so text cannot start a heading, a list, a quote or a code block', () => {
    expect(escapeMarkdown('# Title\n\n    code\n> quote\n- item')).toBe('\\# Title code \\> quote - item');
    expect(escapeMarkdown('- first')).toBe('\\- first');
    expect(escapeMarkdown('+ first')).toBe('\\+ first');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('===')).toBe('\\===');
  });

  it('escapes every markup character in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const escaped = escapeMarkdown(text);
        expect(escaped).not.toMatch(/[\n\r]/);
        // Removing the escaped pairs leaves no character that means something to Markdown.
        expect(escaped.replace(/\\[\s\S]/g, '')).not.toMatch(/[\\`*_[\]<>#|~&$@^{}]|:\/\/|www\./i);
      }),
    );
  });
});

describe('markdownLink', () => {
  it('links http(s) only, percent-encoding what could break out of the brackets', () => {
    expect(markdownLink('https://git.example.com/pull/412')).toBe('<https://git.example.com/pull/412>');
    expect(markdownLink('https://example.com/a b?q=<x>')).toBe('<https://example.com/a%20b?q=%3Cx%3E>');
    expect(markdownLink('javascript:alert(1)')).toBeUndefined();
    expect(markdownLink('not a url')).toBeUndefined();
  });
});

describe('prepToMarkdown', () => {
  const prep = buildPrep(fixtureLog, { kind: 'promotion', period: FIXTURE_PERIOD }, FIXTURE_NOW);
  const win = (name: string) => `impact:${fixtureIds.id(name)}`;
  const agenda: Agenda = {
    pinned: [win('flaky-tests')],
    hidden: [win('tech-talk')],
    reworded: { [win('billing-migration')]: 'Led the ledger migration: 40% fewer failed invoices' },
    own: [
      { id: 'own-1', text: 'Ask about the staff-engineer track' },
      { id: 'own-2', text: 'Thank Ana for the *sponsorship*', done: true },
    ],
  };

  it('writes the prep with pins, hidden points, rewordings and own points', async () => {
    const markdown = prepToMarkdown({ prep, agenda, entries: entriesOf(fixtureLog.entries), actionItems });
    await expect(markdown).toMatchFileSnapshot('../../fixtures/prep/promotion.md');
    expect(markdown).toContain('- **Pinned.** I fixed the flaky integration suite');
    expect(markdown).toContain('**Say first:** ');
    expect(markdown).toContain('## What your log says');
    expect(markdown).not.toContain('I gave an internal talk on event sourcing.');
    expect(markdown).toContain('Led the ledger migration: 40% fewer failed invoices');
    expect(markdown).toContain('- [x] Thank Ana for the \\*sponsorship\\*');
  });

  it('cannot be injected into by captured text', () => {
    const evil: Entry = {
      id: '00000000-0000-4000-8000-999999999999',
      createdAt: '2024-03-01T10:00:00.000Z',
      updatedAt: '2024-03-01T10:00:00.000Z',
      kind: 'win',
      text: '</li><script>alert(1)</script> [link](https://evil.test)\n# Owned',
      impact: '![x](https://evil.test/t.png)',
      occurredOn: '2024-03-01',
      tags: [],
      areas: [],
      source: { url: 'https://evil.test/page"><b>', title: '<b>title</b>' },
    };
    const evilPrep = buildPrep(
      { ...fixtureLog, entries: [evil] },
      { kind: 'review', period: FIXTURE_PERIOD },
      FIXTURE_NOW,
    );
    const markdown = prepToMarkdown({
      prep: evilPrep,
      agenda: { pinned: [], hidden: [] },
      entries: entriesOf([evil]),
      actionItems,
    });
    expect(markdown).not.toMatch(/(?<!\\)<(?!https?:\/\/)/); // no raw HTML; autolinks only
    expect(markdown).not.toMatch(/(?<!\\)\[(?!x\]|[ x]\] )/); // no link or image brackets
    expect(markdown).not.toMatch(/^# Owned/m);
    expect(markdown).toContain('<https://evil.test/page%22%3E%3Cb%3E>');
  });

  it('names the file after the kind and the day', () => {
    expect(markdownFileName(prep)).toBe('latitude-promotion-2024-07-01.md');
  });
});
