import * as z from 'zod/mini';
import { areaIdSchema } from './area';
import { calendarDateSchema, recordFields } from './record';

export const CONVERSATION_KINDS = ['one-on-one', 'review', 'promotion', 'lateral', 'step-down'] as const;

export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

/** A conversation's kind in words (a prep's kinds are the same words: src/domain/prep/types.ts). */
export const CONVERSATION_KIND_LABELS: Record<ConversationKind, string> = {
  'one-on-one': '1:1',
  review: 'Review',
  promotion: 'Promotion',
  lateral: 'Lateral move',
  'step-down': 'Step-down',
};

/** A talking point the user wrote themselves, kept with the conversation it belongs to. */
const ownPointSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(10_000)),
  done: z.optional(z.boolean()),
});

/** Which generated points were pinned, hidden or reworded, by their stable point keys. */
export const agendaSchema = z.object({
  pinned: z.array(z.string()),
  hidden: z.array(z.string()),
  reworded: z.optional(z.record(z.string(), z.string().check(z.maxLength(10_000)))),
  own: z.optional(z.array(ownPointSchema)),
  /** For a lateral move: the area the prep page went to when these edits were made. */
  targetArea: z.optional(areaIdSchema),
});

export const conversationSchema = z.object({
  ...recordFields,
  kind: z.enum(CONVERSATION_KINDS),
  personId: z.optional(z.uuid()),
  date: calendarDateSchema,
  title: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  agenda: agendaSchema,
  notes: z.string().check(z.maxLength(100_000)),
});

export type Agenda = z.infer<typeof agendaSchema>;
export type Conversation = z.infer<typeof conversationSchema>;
