import type { ActionItem } from '../action-item';
import type { AreaId } from '../area';
import type { ConversationKind } from '../conversation';
import type { Entry, MEANINGS } from '../entry';
import type { Person } from '../person';

/** How an entry's work felt: as a job, a step in a career, or a calling. */
export type Meaning = (typeof MEANINGS)[number];

/** The conversations a prep is built for: the career conversations, plus the periodic review. */
export const PREP_KINDS = ['promotion', 'lateral', 'step-down', 'review'] as const satisfies readonly ConversationKind[];
export type PrepKind = (typeof PREP_KINDS)[number];

export const PREP_KIND_LABELS: Record<PrepKind, string> = {
  promotion: 'Promotion',
  lateral: 'Lateral move',
  'step-down': 'Step-down',
  review: 'Review',
};

/** Calendar dates (`YYYY-MM-DD`), both included. */
export interface Period {
  from: string;
  to: string;
}

interface RequestCommon {
  period: Period;
  /** The person the conversation is with (a Person id): their open action items carry forward. */
  personId?: string;
}

/** What to prepare. A lateral move always names the area it is towards. */
export type PrepRequest =
  | (RequestCommon & { kind: 'promotion' | 'step-down' | 'review' })
  | (RequestCommon & { kind: 'lateral'; targetArea: AreaId });

/** The part of the log a prep reads. Tombstoned records may be included; they are ignored. */
export interface PrepLog {
  entries: readonly Entry[];
  people: readonly Person[];
  actionItems: readonly ActionItem[];
}

/**
 * How well a point is supported: `backed` (an impact or a metric, plus a link or a witness),
 * `thin` (a bare entry), `none` (nothing in the log yet: an honest gap to address).
 */
export type Strength = 'backed' | 'thin' | 'none';

interface PointCommon {
  /**
   * Stable across rebuilds: made of the section id and what the point is about (an entry id, an
   * area id, a fixed name), never of a position or a count, so pins and rewordings stay attached.
   */
  key: string;
  text: string;
  /** A second line: scope, impact, who said it, what to do about it. */
  detail?: string;
  entryIds: readonly string[];
  actionItemIds: readonly string[];
}

export type TalkingPoint =
  /** Something the log shows, cited entry by entry. */
  | (PointCommon & { type: 'evidence'; strength: 'backed' | 'thin' })
  /** Something the conversation needs and the log does not show yet, with what to capture next. */
  | (PointCommon & { type: 'gap'; strength: 'none'; nextStep: string })
  /** Something to say, ask or plan (the ask, a handover, a timeline): not a claim needing proof. */
  | (PointCommon & { type: 'plan'; strength: 'none' });

export interface PrepSection {
  /** Stable id, the first part of every point key in the section. */
  id: string;
  title: string;
  /** What the section is for, or how its points were chosen. */
  intro?: string;
  points: TalkingPoint[];
}

export type ReasonStatus = 'met' | 'short' | 'warning';

export interface ReadinessReason {
  key: string;
  status: ReasonStatus;
  text: string;
  entryIds: readonly string[];
}

export type ReadinessLevel = 'ready' | 'getting-there' | 'not-yet';

export interface Readiness {
  level: ReadinessLevel;
  summary: string;
  reasons: ReadinessReason[];
}

export const FINDING_KINDS = ['agreed-strength', 'underselling', 'unsupported-claim', 'blind-spot'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_LABELS: Record<FindingKind, string> = {
  'agreed-strength': 'Agreed strength',
  underselling: 'Underselling',
  'unsupported-claim': 'Unsupported claim',
  'blind-spot': 'Blind spot',
};

/** One result of the self-vs-others check (the Dunning-Kruger check) for one area. */
export interface AreaFinding {
  key: string;
  kind: FindingKind;
  area: AreaId;
  text: string;
  advice: string;
  entryIds: readonly string[];
}

export type Trend = 'rising' | 'falling' | 'steady' | 'unknown';

export interface MonthEnergy {
  /** `YYYY-MM` */
  month: string;
  average: number;
  count: number;
}

export interface EnergySummary {
  /** Mean energy (−2 … 2) of the entries that recorded one; `null` when none did. */
  average: number | null;
  count: number;
  /** Months with at least one energy value, oldest first. */
  months: MonthEnergy[];
  trend: Trend;
}

export interface TalentMapArea {
  area: AreaId;
  name: string;
  /** Entries in one's own words: wins, notes, self talent notes, feedback given. */
  selfCount: number;
  /** What others said: received feedback and talent notes on others' word. */
  othersCount: number;
  energy: EnergySummary;
  meaning: Record<Meaning, number>;
  findings: FindingKind[];
}

export const CRAFTING_TYPES = ['task', 'relational', 'cognitive'] as const;
export type CraftingType = (typeof CRAFTING_TYPES)[number];

export const CRAFTING_LABELS: Record<CraftingType, string> = {
  task: 'Task crafting',
  relational: 'Relational crafting',
  cognitive: 'Cognitive crafting',
};

export interface CraftingSuggestion {
  key: string;
  type: CraftingType;
  text: string;
  area?: AreaId;
  entryIds: readonly string[];
}

export interface TalentMap {
  /** Areas with at least one entry in the period, in the built-in order, then the user's own. */
  areas: TalentMapArea[];
  suggestions: CraftingSuggestion[];
}

export interface CaptureSuggestion {
  /** The key of the gap point the suggestion comes from. */
  key: string;
  text: string;
}

export interface Prep {
  request: PrepRequest;
  /** The local date the prep was built on (from `now`). */
  today: string;
  title: string;
  /** The name of the person the conversation is with, when one was chosen. */
  personName?: string;
  /** A sentence on what this prep is for; for a step-down, the framing towards one's talents. */
  framing: string;
  /** Whether the period holds no entry at all. */
  empty: boolean;
  readiness: Readiness;
  sections: PrepSection[];
  selfVsOthers: AreaFinding[];
  talentMap: TalentMap;
  /** The first few things to log next, from the gaps, most useful first. */
  captureNext: CaptureSuggestion[];
}
