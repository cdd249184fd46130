import * as z from 'zod/mini';
import { areaIdSchema } from './area';
import { OWNERS } from './action-item';
import { CAPTURE_KINDS } from './capture';
import { energySchema, SIGNALS } from './entry';
import { sourceSchema } from './record';

/**
 * What the capture form holds while someone types: raw strings, not yet validated as an entry, so
 * that a half-typed or even invalid draft is kept exactly as typed.
 */
/**
 * Every kind a capture form may offer: the popup's three, plus the side panel's note and action
 * item (which is stored as an ActionItem, not as an entry).
 */
export const DRAFT_KINDS = [...CAPTURE_KINDS, 'note', 'action-item'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

export const captureDraftSchema = z.object({
  kind: z.enum(DRAFT_KINDS),
  text: z.string(),
  tags: z.string(),
  areas: z.array(areaIdSchema),
  energy: z.optional(energySchema),
  person: z.string(),
  signal: z.optional(z.enum(SIGNALS)),
  /** The page the capture is about; `null` when the user removed the attached page on purpose. */
  source: z.optional(z.nullable(sourceSchema)),
  /** Action items only: whose commitment it is, and by when (raw, as typed in a date field). */
  owner: z.optional(z.enum(OWNERS)),
  dueOn: z.optional(z.string()),
  /**
   * Feedback only: the win it is about (the side panel's "About a win"). Ids are checked when the
   * entry is built, not here, so that an odd id never costs the text typed beside it.
   */
  about: z.optional(z.array(z.string())),
});

export type CaptureDraft = z.infer<typeof captureDraftSchema>;

export const EMPTY_DRAFT: CaptureDraft = {
  kind: 'win',
  text: '',
  tags: '',
  areas: [],
  person: '',
};

export function isBlankDraft(draft: CaptureDraft): boolean {
  return !draft.text.trim() && !draft.tags.trim() && !draft.person.trim() && draft.areas.length === 0;
}

/** What a draft store checks a stored draft against: any Zod schema fits. */
export interface DraftSchema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false };
}

/** A draft as a view keeps it: the value typed, and when it was last saved. */
export const viewDraftSchema = z.object({ savedAt: z.number(), value: z.unknown() });
export type ViewDraft = z.infer<typeof viewDraftSchema>;
