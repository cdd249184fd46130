import type * as z from 'zod/mini';
import { isYearRangeIssue, YEAR_MAX, YEAR_MIN } from '../record';

type Issue = z.core.$ZodIssue;

/** `tags[2]`, `source.url`, `agenda.pinned[0]`: a field path as someone editing the JSON sees it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text;
}

const FORMAT_NAMES: Record<string, string> = {
  uuid: 'id (a UUID)',
  datetime: 'date and time (ISO 8601, such as 2025-03-12T14:30:00.000Z)',
  date: 'date (YYYY-MM-DD)',
  url: 'web address (http or https)',
  regex: 'value',
};

/**
 * What is wrong with a field, completing a sentence that starts with the field's name. zod/mini
 * carries no translated messages (its messages are all "Invalid input"), so the words are made
 * here from the issue's code; messages written in our schemas ("A tag cannot be empty.") win.
 */
export function describeIssue(issue: Issue, root: unknown): string {
  if (isYearRangeIssue(issue)) return `should have a year from ${YEAR_MIN} to ${YEAR_MAX}`;
  if (issue.message && !issue.message.startsWith('Invalid input'))
    return `is not valid: ${issue.message.replace(/\.$/, '')}`;
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(root, issue.path) === undefined ? 'is missing' : `should be ${article(issue.expected)}`;
    case 'invalid_value':
      return `should be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (valueAt(root, issue.path) === undefined) return 'is missing';
      return options ? `should be one of ${options.map((value) => JSON.stringify(value)).join(', ')}` : 'is not valid';
    }
    case 'too_small':
      return `should be ${issue.inclusive === false ? 'more than' : 'at least'} ${describeBound(issue.origin, issue.minimum)}`;
    case 'too_big':
      return `should be ${issue.inclusive === false ? 'less than' : 'at most'} ${describeBound(issue.origin, issue.maximum)}`;
    case 'invalid_format':
      return `is not a valid ${FORMAT_NAMES[issue.format] ?? issue.format}`;
    case 'not_multiple_of':
      return `should be a multiple of ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `has unexpected keys: ${issue.keys.join(', ')}`;
    default:
      return 'is not valid';
  }
}

function describeBound(origin: string, bound: number | bigint): string {
  const n = Number(bound);
  switch (origin) {
    case 'string':
      return `${n} character${n === 1 ? '' : 's'} long`;
    case 'array':
    case 'set':
      return `${n} item${n === 1 ? '' : 's'}`;
    default:
      return String(bound);
  }
}

function article(expected: string): string {
  if (expected === 'int') return 'a whole number';
  if (expected === 'array') return 'a list';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
