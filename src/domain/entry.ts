import * as z from 'zod/mini';
import { areaIdSchema } from './area';
import { calendarDateSchema, recordFields, sourceSchema } from './record';

export const TEXT_MAX = 10_000;
export const TAG_MAX_LENGTH = 40;
export const TAGS_MAX = 20;
export const ABOUT_MAX = 10;
export const PERSON_NAME_MAX = 100;

export const ENTRY_KINDS = ['win', 'feedback', 'talent', 'note'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const entryTextSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'Write something first: the entry is empty.'),
    z.maxLength(TEXT_MAX, `Keep it to ${TEXT_MAX.toLocaleString('en')} characters at most.`),
  );

const detailSchema = z.optional(z.string().check(z.trim(), z.maxLength(TEXT_MAX)));

export const tagSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'A tag cannot be empty.'),
    z.maxLength(TAG_MAX_LENGTH, `A tag has at most ${TAG_MAX_LENGTH} characters.`),
  );

export const tagsSchema = z.array(tagSchema).check(z.maxLength(TAGS_MAX, `Use at most ${TAGS_MAX} tags.`));

export const ENERGY_LEVELS = [-2, -1, 0, 1, 2] as const;
export const energySchema = z.int().check(z.gte(-2), z.lte(2));

export const MEANINGS = ['job', 'career', 'calling'] as const;
export const SCOPES = ['self', 'team', 'org', 'company'] as const;
export const DIRECTIONS = ['received', 'given'] as const;
export const RELATIONSHIPS = ['manager', 'peer', 'report', 'skip', 'other'] as const;
export const SIGNALS = ['start', 'keep', 'stop'] as const;
export const TALENT_EVIDENCE = ['self', 'others'] as const;

export const personNameSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'A name cannot be empty.'),
    z.maxLength(PERSON_NAME_MAX, `A name has at most ${PERSON_NAME_MAX} characters.`),
  );

/** Fields that every kind of entry shares. */
const entryFields = {
  ...recordFields,
  source: z.optional(sourceSchema),
  text: entryTextSchema,
  occurredOn: calendarDateSchema,
  tags: tagsSchema,
  areas: z.array(areaIdSchema).check(z.maxLength(20)),
  energy: z.optional(energySchema),
  meaning: z.optional(z.enum(MEANINGS)),
  person: z.optional(personNameSchema),
  conversationId: z.optional(z.uuid()),
  /** The entries this one is about: feedback linked to the win it praises or questions. */
  about: z.optional(z.array(z.uuid()).check(z.maxLength(ABOUT_MAX, `Link at most ${ABOUT_MAX} entries.`))),
};

export const winSchema = z.object({
  ...entryFields,
  kind: z.literal('win'),
  impact: detailSchema,
  metric: detailSchema,
  evidenceUrl: z.optional(z.url({ protocol: /^https?$/ })),
  scope: z.optional(z.enum(SCOPES)),
  situation: detailSchema,
  task: detailSchema,
  action: detailSchema,
  result: detailSchema,
});

export const feedbackSchema = z.object({
  ...entryFields,
  kind: z.literal('feedback'),
  direction: z.enum(DIRECTIONS),
  relationship: z.optional(z.enum(RELATIONSHIPS)),
  signal: z.optional(z.enum(SIGNALS)),
  situation: detailSchema,
  behavior: detailSchema,
  impact: detailSchema,
});

export const talentSchema = z.object({
  ...entryFields,
  kind: z.literal('talent'),
  evidence: z.enum(TALENT_EVIDENCE),
});

export const noteSchema = z.object({
  ...entryFields,
  kind: z.literal('note'),
});

export const entrySchema = z.discriminatedUnion('kind', [winSchema, feedbackSchema, talentSchema, noteSchema]);

export type Win = z.infer<typeof winSchema>;
export type Feedback = z.infer<typeof feedbackSchema>;
export type Talent = z.infer<typeof talentSchema>;
export type Note = z.infer<typeof noteSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type Energy = (typeof ENERGY_LEVELS)[number];
export type Signal = (typeof SIGNALS)[number];

export const KIND_LABELS: Record<EntryKind, string> = {
  win: 'Win',
  feedback: 'Feedback',
  talent: 'Talent',
  note: 'Note',
};
