import * as z from 'zod/mini';
import { personNameSchema, RELATIONSHIPS } from './entry';
import { recordFields } from './record';

/** Someone the user has 1:1s with or gets feedback from. */
export const personSchema = z.object({
  ...recordFields,
  name: personNameSchema,
  relationship: z.enum(RELATIONSHIPS),
});

export type Person = z.infer<typeof personSchema>;
