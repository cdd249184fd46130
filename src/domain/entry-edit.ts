import * as z from 'zod/mini';
import type { AreaId } from './area';
import { type CaptureResult, FIELD_NAMES, type FieldError, fieldErrors } from './capture';
import type { DraftSchema } from './draft';
import { type Entry, ENTRY_KINDS, type EntryKind, entrySchema, PERSON_NAME_MAX, TAGS_MAX, TEXT_MAX } from './entry';
import { sameLabel } from './log-filter';
import { parseTags } from './tags';

/** The free-text fields beyond `text`, by kind, in the order an editor shows them. */
export const DETAIL_FIELDS = {
  win: ['impact', 'metric', 'situation', 'task', 'action', 'result'],
  feedback: ['situation', 'behavior', 'impact'],
  talent: [],
  note: [],
} as const satisfies Record<EntryKind, readonly string[]>;

export type DetailField = (typeof DETAIL_FIELDS)[EntryKind][number];

/**
 * What the entry editor holds while someone types: strings as typed (or the choice made), so an
 * invalid value is kept exactly until it is fixed. Every kind's fields are kept, so switching the
 * kind back and forth loses nothing; only the chosen kind's fields are saved.
 */
export interface EntryDraft {
  kind: EntryKind;
  text: string;
  occurredOn: string;
  tags: string;
  areas: AreaId[];
  energy: string;
  meaning: string;
  person: string;
  /** Kept as stored unless the user removes it. */
  keepSource: boolean;
  impact: string;
  metric: string;
  evidenceUrl: string;
  scope: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  behavior: string;
  direction: string;
  relationship: string;
  signal: string;
  evidence: string;
  /**
   * The entries this one is about (feedback: the win it praises or questions), as stored until
   * the user chooses otherwise. A link to a win deleted since is kept like any other.
   */
  about: string[];
}

export function draftFromEntry(entry: Entry): EntryDraft {
  const any = entry as Partial<Record<keyof EntryDraft, unknown>>;
  const text = (key: keyof EntryDraft) => (typeof any[key] === 'string' ? (any[key] as string) : '');
  return {
    kind: entry.kind,
    text: entry.text,
    occurredOn: entry.occurredOn,
    tags: entry.tags.join(', '),
    areas: [...entry.areas],
    energy: entry.energy === undefined ? '' : String(entry.energy),
    meaning: entry.meaning ?? '',
    person: entry.person ?? '',
    keepSource: Boolean(entry.source),
    impact: text('impact'),
    metric: text('metric'),
    evidenceUrl: text('evidenceUrl'),
    scope: text('scope'),
    situation: text('situation'),
    task: text('task'),
    action: text('action'),
    result: text('result'),
    behavior: text('behavior'),
    direction: entry.kind === 'feedback' ? entry.direction : 'received',
    relationship: text('relationship'),
    signal: text('signal'),
    evidence: entry.kind === 'talent' ? entry.evidence : entry.person ? 'others' : 'self',
    about: [...(entry.about ?? [])],
  };
}

/**
 * The edited entry, validated by the same schema as a capture, or the fields that are wrong and
 * why. Identity, creation time, conversation and tombstone are kept; `updatedAt` becomes `now`.
 *
 * Links (`about`) are edited for feedback only. Another kind keeps the links it was stored with,
 * which this editor does not show; a change of kind leaves them behind, as it does the old kind's
 * own fields (switching back in the same draft brings them back).
 */
export function applyEntryDraft(original: Entry, draft: EntryDraft, now: Date): CaptureResult {
  const optional = (key: string, value: string) => (value.trim() === '' ? {} : { [key]: value });
  const candidate: Record<string, unknown> = {
    id: original.id,
    createdAt: original.createdAt,
    updatedAt: now.toISOString(),
    ...(original.deletedAt ? { deletedAt: original.deletedAt } : {}),
    ...(original.conversationId ? { conversationId: original.conversationId } : {}),
    ...(draft.keepSource && original.source ? { source: original.source } : {}),
    kind: draft.kind,
    text: draft.text,
    occurredOn: draft.occurredOn.trim(),
    tags: parseTags(draft.tags),
    areas: draft.areas,
    ...(draft.energy === '' ? {} : { energy: Number(draft.energy) }),
    ...optional('meaning', draft.meaning),
    ...optional('person', draft.person),
  };
  const about = draft.kind === 'feedback' ? draft.about : draft.kind === original.kind ? (original.about ?? []) : [];
  if (about.length > 0) candidate.about = [...about];
  for (const field of DETAIL_FIELDS[draft.kind]) Object.assign(candidate, optional(field, draft[field]));
  if (draft.kind === 'win') {
    Object.assign(candidate, optional('evidenceUrl', draft.evidenceUrl.trim()), optional('scope', draft.scope));
  } else if (draft.kind === 'feedback') {
    Object.assign(
      candidate,
      { direction: draft.direction || 'received' },
      optional('relationship', draft.relationship),
      optional('signal', draft.signal),
    );
  } else if (draft.kind === 'talent') {
    candidate.evidence = draft.evidence || 'self';
  }
  const parsed = entrySchema.safeParse(candidate);
  if (parsed.success) return { ok: true, entry: parsed.data };
  // An over-long field is said with its name, its length and the limit; the schema's own words
  // ("Keep it to 10,000 characters at most.", "Impact is not valid.") say only one of them.
  const tooLong = lengthErrors(draft);
  const said = new Set(tooLong.map((error) => error.field));
  return { ok: false, errors: [...tooLong, ...fieldErrors(parsed.error).filter((error) => !said.has(error.field))] };
}

/** The longest each free-text field of the editor may be, after trimming, as the schema says. */
const LENGTH_LIMITS: Partial<Record<keyof EntryDraft, number>> = {
  text: TEXT_MAX,
  person: PERSON_NAME_MAX,
  impact: TEXT_MAX,
  metric: TEXT_MAX,
  situation: TEXT_MAX,
  task: TEXT_MAX,
  action: TEXT_MAX,
  result: TEXT_MAX,
  behavior: TEXT_MAX,
};

/** The editor's words for its fields, for messages that name them: capture's, plus its own. */
export const EDIT_FIELD_LABELS: Record<keyof EntryDraft, string> = {
  ...(FIELD_NAMES as Record<keyof EntryDraft, string>),
  keepSource: 'Page link',
};

/**
 * The fields of the chosen kind that are longer than their limit, each with a message naming the
 * field, its length and the limit: "Impact has 10,001 characters: keep it to 10,000 at most."
 */
export function lengthErrors(draft: EntryDraft): FieldError[] {
  const shown = new Set(visibleFields(draft.kind));
  const errors: FieldError[] = [];
  for (const [field, max] of Object.entries(LENGTH_LIMITS) as [keyof EntryDraft, number][]) {
    const length = shown.has(field) ? String(draft[field]).trim().length : 0;
    if (length > max) {
      errors.push({
        field,
        message: `${EDIT_FIELD_LABELS[field]} has ${length.toLocaleString('en')} characters: keep it to ${max.toLocaleString('en')} at most.`,
      });
    }
  }
  return errors;
}

/** The fields the editor shows (and saves) for a kind, in its order. */
export function visibleFields(kind: EntryKind): (keyof EntryDraft)[] {
  const byKind: Record<EntryKind, (keyof EntryDraft)[]> = {
    win: ['evidenceUrl', 'scope'],
    feedback: ['direction', 'signal', 'about', 'relationship'],
    talent: ['evidence'],
    note: [],
  };
  return [
    'kind',
    'occurredOn',
    'text',
    ...DETAIL_FIELDS[kind],
    ...byKind[kind],
    'person',
    'tags',
    'areas',
    'energy',
    'meaning',
    'keepSource',
  ];
}

/**
 * The fields in which two versions of an entry differ, among those either version's kind shows,
 * in the editor's order: what someone choosing between their edit and another view's needs to see.
 * Text is compared as saved (trimmed), tags as parsed, areas and links as sets.
 */
export function differingFields(mine: EntryDraft, theirs: EntryDraft): (keyof EntryDraft)[] {
  const fields = [...new Set([...visibleFields(mine.kind), ...visibleFields(theirs.kind)])];
  return fields.filter((field) => comparable(field, mine) !== comparable(field, theirs));
}

function comparable(field: keyof EntryDraft, draft: EntryDraft): string {
  const value = draft[field];
  if (field === 'tags') return JSON.stringify(parseTags(draft.tags));
  if (Array.isArray(value)) return JSON.stringify([...value].sort());
  return typeof value === 'string' ? value.trim() : String(value);
}

/**
 * The log editor's draft, as a view keeps it (src/browser/view-drafts.ts): which entry, the version
 * the edit started from (`base`, the whole entry as it was opened: its `rev` and `updatedAt` are
 * what a save checks, the rest what "Save mine anyway" builds on), and the fields as typed.
 */
export interface EntryEditDraft {
  entryId: string;
  base: Entry;
  fields: Partial<EntryDraft>;
}

const typed = z.optional(z.string());
/**
 * Checked loosely, so that a draft kept by an older or newer version of the editor still brings
 * its text back: unknown fields are dropped, missing ones come from the entry.
 */
const storedEditDraftSchema = z.object({
  entryId: z.string(),
  base: z.looseObject({
    id: z.string(),
    kind: z.enum(ENTRY_KINDS),
    text: z.string(),
    updatedAt: z.string(),
    rev: z.optional(z.number()),
  }),
  fields: z.object({
    kind: z.optional(z.enum(ENTRY_KINDS)),
    text: typed,
    occurredOn: typed,
    tags: typed,
    areas: z.optional(z.array(z.string())),
    energy: typed,
    meaning: typed,
    person: typed,
    keepSource: z.optional(z.boolean()),
    impact: typed,
    metric: typed,
    evidenceUrl: typed,
    scope: typed,
    situation: typed,
    task: typed,
    action: typed,
    result: typed,
    behavior: typed,
    direction: typed,
    relationship: typed,
    signal: typed,
    evidence: typed,
    about: z.optional(z.array(z.string())),
  }),
});

/** What a view's draft store checks the log editor's draft against. */
export const entryEditDraftSchema: DraftSchema<EntryEditDraft> = {
  safeParse(input) {
    const parsed = storedEditDraftSchema.safeParse(input);
    if (!parsed.success) return { success: false };
    const { entryId, base, fields } = parsed.data;
    return { success: true, data: { entryId, base: base as unknown as Entry, fields: fields as Partial<EntryDraft> } };
  },
};

/**
 * The same entry as another kind: shared fields and the new kind's fields that the old kind also
 * had (a win's impact stays an impact as feedback) are kept; the rest get their defaults.
 */
export function changeKind(entry: Entry, kind: EntryKind, now: Date): CaptureResult {
  if (entry.kind === kind) return { ok: true, entry };
  return applyEntryDraft(entry, { ...draftFromEntry(entry), kind }, now);
}

/** The entry with one more tag, unless it has it already (ignoring case) or has no room left. */
export function addTag(entry: Entry, tag: string, now: Date): CaptureResult {
  const [clean] = parseTags(tag);
  if (!clean) return { ok: false, errors: [{ field: 'tags', message: 'A tag cannot be empty.' }] };
  if (entry.tags.some((existing) => sameLabel(existing, clean))) return { ok: true, entry };
  if (entry.tags.length >= TAGS_MAX) {
    return { ok: false, errors: [{ field: 'tags', message: `Use at most ${TAGS_MAX} tags.` }] };
  }
  const parsed = entrySchema.safeParse({ ...entry, tags: [...entry.tags, clean], updatedAt: now.toISOString() });
  if (parsed.success) return { ok: true, entry: parsed.data };
  return { ok: false, errors: fieldErrors(parsed.error) };
}

/**
 * An entry's tags with one tag renamed, or merged into another when the new name is already
 * there: `["Billing", "infra"]` with billing → infra gives `["infra"]`.
 */
export function renameTagIn(tags: readonly string[], from: string, to: string): string[] {
  const renamed: string[] = [];
  for (const tag of tags.map((tag) => (sameLabel(tag, from) ? to : tag))) {
    if (!renamed.some((kept) => sameLabel(kept, tag))) renamed.push(tag);
  }
  return renamed;
}
