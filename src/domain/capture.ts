import type * as z from 'zod/mini';
import type { AreaId } from './area';
import { type Entry, entrySchema, type Signal } from './entry';
import { isYearRangeIssue, localDate, type RecordEnv, type Source, yearRangeMessage } from './record';

/** The kinds one can capture in a single step (a note needs a conversation, so it is not here). */
export const CAPTURE_KINDS = ['win', 'feedback', 'talent'] as const;
export type CaptureKind = (typeof CAPTURE_KINDS)[number];

/** What a capture surface hands over: the popup's form, a context-menu click, an omnibox line. */
export interface CaptureInput {
  kind: CaptureKind | 'note';
  text: string;
  tags?: string[];
  areas?: AreaId[];
  energy?: number;
  person?: string;
  signal?: Signal;
  source?: Source;
  occurredOn?: string;
  /** The conversation the entry was captured during (the side panel's 1:1). */
  conversationId?: string;
  /** The entries this one is about: feedback linked to the win it praises (the side panel). */
  about?: string[];
}

/** A refused field and why, in words meant for the person who typed it. */
export interface FieldError {
  field: string;
  message: string;
}

export type CaptureResult = { ok: true; entry: Entry } | { ok: false; errors: FieldError[] };

/**
 * Builds a complete, valid entry from a capture, or says which fields are wrong. Optional fields
 * left blank are dropped rather than stored empty.
 */
export function buildEntry(input: CaptureInput, env: RecordEnv): CaptureResult {
  const stamp = env.now.toISOString();
  const person = input.person?.trim();
  const candidate = {
    id: env.newId(),
    createdAt: stamp,
    updatedAt: stamp,
    kind: input.kind,
    text: input.text,
    occurredOn: input.occurredOn ?? localDate(env.now),
    tags: input.tags ?? [],
    areas: input.areas ?? [],
    ...(input.energy === undefined ? {} : { energy: input.energy }),
    ...(person ? { person } : {}),
    ...(input.source ? { source: input.source } : {}),
    ...(input.conversationId ? { conversationId: input.conversationId } : {}),
    ...(input.about?.length ? { about: [...input.about] } : {}),
    ...kindDefaults(input),
  };
  const parsed = entrySchema.safeParse(candidate);
  if (parsed.success) return { ok: true, entry: parsed.data };
  return { ok: false, errors: fieldErrors(parsed.error) };
}

function kindDefaults(input: CaptureInput): Record<string, unknown> {
  switch (input.kind) {
    case 'feedback':
      // Feedback captured about oneself is what was received; "given" is chosen in the full editor.
      return { direction: 'received', ...(input.signal ? { signal: input.signal } : {}) };
    case 'talent':
      return { evidence: input.person?.trim() ? 'others' : 'self' };
    default:
      return {};
  }
}

/** The words for each field of an entry, for messages that name them (capture and the log's editor). */
export const FIELD_NAMES: Record<string, string> = {
  text: 'Entry text',
  tags: 'Tags',
  areas: 'Areas',
  energy: 'Energy',
  person: 'Person',
  source: 'Page link',
  // Fields that only the log's full editor shows.
  kind: 'Kind',
  occurredOn: 'Date',
  dueOn: 'Due date',
  meaning: 'Meaning',
  impact: 'Impact',
  metric: 'Metric',
  evidenceUrl: 'Evidence link',
  scope: 'Scope',
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  behavior: 'Behavior',
  direction: 'Direction',
  relationship: 'Relationship',
  signal: 'Signal',
  evidence: 'Evidence',
  about: 'About a win',
};

/** One message per field (the first issue found), naming the field for screen-reader users too. */
export function fieldErrors(error: z.core.$ZodError): FieldError[] {
  const byField = new Map<string, string>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'entry');
    if (byField.has(field)) continue;
    const tag = field === 'tags' && typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
    const prefix = tag === undefined ? '' : `Tag ${tag + 1}: `;
    const message = isYearRangeIssue(issue)
      ? yearRangeMessage(FIELD_NAMES[field] ?? field)
      : readableMessage(field, issue.message);
    byField.set(field, prefix + message);
  }
  return [...byField].map(([field, message]) => ({ field, message }));
}

function readableMessage(field: string, message: string): string {
  // Zod's own wording ("Invalid input") is for developers; fields without a message of ours get a
  // plain one that at least says where to look.
  return message.startsWith('Invalid') || message.startsWith('Too')
    ? `${FIELD_NAMES[field] ?? field} is not valid.`
    : message;
}
