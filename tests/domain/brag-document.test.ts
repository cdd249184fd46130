import { areaNamer } from '../../src/domain/area';
import { buildBragDocument, quarterOf } from '../../src/domain/brag-document';
import type { Entry } from '../../src/domain/entry';
import { escapeMarkdownText } from '../../src/domain/markdown-text';
import { makeEntry } from '../fixtures/db/records';

const NOW = new Date(2025, 3, 2, 9, 0);

describe('the brag document', () => {
  const entries: Entry[] = [
    makeEntry(1, {
      text: 'Shipped billing',
      occurredOn: '2025-02-10',
      impact: 'On-time invoices',
      areas: ['coding'],
      tags: ['billing'],
    }),
    makeEntry(2, {
      kind: 'feedback',
      direction: 'received',
      person: 'Dana',
      relationship: 'manager',
      signal: 'keep',
      text: 'Keep the design reviews',
      occurredOn: '2025-03-01',
    } as Partial<Entry>),
    makeEntry(3, { text: 'Led the incident review', occurredOn: '2024-11-20' }),
    makeEntry(4, {
      kind: 'talent',
      evidence: 'self',
      text: 'Explaining systems',
      occurredOn: '2025-01-05',
    } as Partial<Entry>),
    makeEntry(5, { text: 'Deleted win', occurredOn: '2025-02-11', deletedAt: '2025-02-12T00:00:00.000Z' }),
  ];

  it('groups by quarter, newest first, then by kind, leaving deleted entries out', () => {
    const doc = buildBragDocument(entries, NOW);
    const headings = doc.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual([
      '# Brag document',
      '## 2025 Q1 (January to March)',
      '### Wins',
      '### Feedback',
      '### Talents',
      '## 2024 Q4 (October to December)',
      '### Wins',
    ]);
    expect(doc).toContain('Exported from Latitude on 2025-04-02: 4 entries.');
    expect(doc).toContain('- 2025-02-10: Shipped billing\n  - Impact: On-time invoices');
    expect(doc).not.toContain('Deleted win');
    expect(doc).toContain('  - From: Dana, manager\n  - Signal: keep');
    expect(doc).toContain('  - Areas: Writing code\n  - Tags: billing');
  });

  it('names custom areas by name, and energy and meaning in words', () => {
    const entry = makeEntry(10, {
      occurredOn: '2025-02-01',
      areas: ['coding', 'site-reliability'],
      energy: -2,
      meaning: 'career',
    });
    const doc = buildBragDocument([entry], NOW, {
      areaName: areaNamer([{ id: 'site-reliability', name: 'Site reliability' }]),
    });
    expect(doc).toContain(
      '  - Energy: very draining (−2)\n  - Meaning: felt like a career\n  - Areas: Writing code, Site reliability\n',
    );
  });

  it('names quarters from calendar dates', () => {
    expect([
      quarterOf('2025-01-01'),
      quarterOf('2025-03-31'),
      quarterOf('2025-04-01'),
      quarterOf('2025-12-31'),
    ]).toEqual(['2025 Q1', '2025 Q1', '2025 Q2', '2025 Q4']);
  });

  it('keeps captured text from injecting markup or links', () => {
    const hostile = makeEntry(9, {
      occurredOn: '2025-02-01',
      text: [
        '[click me](javascript:alert(1)) ![pixel](https://tracker.example/p.gif)',
        '<img src=x onerror=alert(1)> <https://evil.example>',
        '# Not a heading',
        '1. not a list',
        '---',
        '**bold** _it_ `code` ~~gone~~ | a | b | $x$ &amp;',
        'visit https://evil.example or www.evil.example or mail me@evil.example',
      ].join('\n'),
    });
    const doc = buildBragDocument([hostile], NOW);
    const item = doc.slice(doc.indexOf('- 2025-02-01: '));
    expect(item).toBe(
      [
        '- 2025-02-01: \\[click me\\](javascript:alert(1)) !\\[pixel\\](https\\://tracker.example/p.gif)\\',
        '  \\<img src=x onerror=alert(1)\\> \\<https\\://evil.example\\>\\',
        '  \\# Not a heading\\',
        '  1\\. not a list\\',
        '  \\---\\',
        '  \\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~ \\| a \\| b \\| \\$x\\$ \\&amp;\\',
        '  visit https\\://evil.example or www\\.evil.example or mail me\\@evil.example',
        '',
      ].join('\n'),
    );
  });

  it('keeps every character of the text (escaping adds only backslashes)', () => {
    const text = 'a*b_[c](d)<e>|f~g&h$i@j https://k www.l\\m #n';
    const escaped = escapeMarkdownText(text);
    expect(escaped.replace(/\\(.)/g, '$1')).toBe(text);
  });

  it('drops blank lines, which would end the list item', () => {
    expect(escapeMarkdownText('one\n\n   \ntwo', '  ')).toBe('one\\\n  two');
  });
});
