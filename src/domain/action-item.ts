import * as z from 'zod/mini';
import { entryTextSchema } from './entry';
import { calendarDateSchema, recordFields, timestampSchema } from './record';

export const OWNERS = ['me', 'them'] as const;

/** A commitment from a conversation; open ones carry forward to the next talk with that person. */
export const actionItemSchema = z.object({
  ...recordFields,
  text: entryTextSchema,
  owner: z.enum(OWNERS),
  personId: z.optional(z.uuid()),
  conversationId: z.optional(z.uuid()),
  dueOn: z.optional(calendarDateSchema),
  doneAt: z.optional(timestampSchema),
});

export type ActionItem = z.infer<typeof actionItemSchema>;
