import type { ActionItem } from '../action-item';
import type { AreaId } from '../area';
import { CONVERSATION_KIND_LABELS, type ConversationKind } from '../conversation';
import type { Entry, MEANINGS } from '../entry';
import type { Person } from '../person';
import type { Role } from '../role';

/** How an entry's work felt: as a job, a step in a career, or a calling. */
export type Meaning = (typeof MEANINGS)[number];

/** The conversations a prep is built for: the career conversations, plus the periodic review. */
export const PREP_KINDS = [
  'promotion',
  'lateral',
  'step-down',
  'review',
] as const satisfies readonly ConversationKind[];
export type PrepKind = (typeof PREP_KINDS)[number];

export const PREP_KIND_LABELS: Record<PrepKind, string> = CONVERSATION_KIND_LABELS;

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

/**
 * What to prepare. A lateral move may name the area it is towards; without one, the prep picks the
 * area with the strongest pull and says why.
 */
export type PrepRequest =
  | (RequestCommon & { kind: 'promotion' | 'step-down' | 'review' })
  | (RequestCommon & { kind: 'lateral'; targetArea?: AreaId });

/** The part of the log a prep reads. Tombstoned records may be included; they are ignored. */
export interface PrepLog {
  entries: readonly Entry[];
  people: readonly Person[];
  actionItems: readonly ActionItem[];
  /** The user's role history (Settings). Without it, the prep says what it assumes. */
  roles?: readonly Role[];
}

/**
 * How well a piece of evidence supports what the user says: `strong` (an impact or a metric, plus
 * a link, a witness, linked praise or org/company scope), `some` (one of these), `thin` (a bare
 * line), `none` (nothing in the log yet: an honest gap to address).
 */
export type Strength = 'strong' | 'some' | 'thin' | 'none';

/** Someone else's words quoted beside a point (linked praise beside the win it is about). */
export interface Quote {
  entryId: string;
  text: string;
  /** "Priya Nair (manager)", or "someone unnamed". */
  by: string;
}

interface PointCommon {
  /**
   * Stable across rebuilds: made of the section id and what the point is about (an entry id, an
   * area id, a fixed name), never of a position or a count, so pins and rewordings stay attached.
   */
  key: string;
  /** A sentence the user could say aloud, in their own voice ("I found the race condition …"). */
  text: string;
  /** A second line: scope, impact, who said it, why the point is here. */
  detail?: string;
  /** Others' words about this point, quoted beside it. */
  quotes?: readonly Quote[];
  entryIds: readonly string[];
  actionItemIds: readonly string[];
}

export type TalkingPoint =
  /** Something the user did or was told, cited entry by entry, as strong as its evidence. */
  | (PointCommon & { type: 'evidence'; strength: 'strong' | 'some' | 'thin' })
  /** A reading of the log (where energy goes, a trend, what others keep saying): no strength badge. */
  | (PointCommon & { type: 'insight'; strength: 'none' })
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
  /** Entries that would have been points past the section's limit: "…and N more in the log". */
  omitted?: number;
}

/**
 * Whether the conversation opened fits what the log says: `fits`, `caution` (it can be made, with
 * something to say first), or `does-not-fit` (a step-down from a role the user thrives in, or from
 * no managing role at all; a promotion with nothing to show yet). The text says why, plainly.
 */
export type FitVerdict = 'fits' | 'caution' | 'does-not-fit';

export const FIT_LABELS: Record<FitVerdict, string> = {
  fits: 'This conversation fits your log',
  caution: 'Before you open this conversation',
  'does-not-fit': 'Your log points elsewhere',
};

export interface Fit {
  verdict: FitVerdict;
  text: string;
  entryIds: readonly string[];
}

/** The role "in this role" refers to: from the role history, or assumed from the log and said so. */
export interface RoleReading {
  title: string;
  areas: readonly AreaId[];
  /** The day the current role began (its latest change of role), when known. */
  since?: string;
  /** Whether the role manages people: it centres on managing people or leading teams (projects alone do not). */
  manages: boolean;
  /** True when there is no role history and the role was read from the log. */
  assumed: boolean;
  /** The role before the current one, for a step-down or lateral comparison. */
  previous?: { title: string; areas: readonly AreaId[]; from: string; until?: string };
}

/** One thing the log says as a whole, in a sentence, with the records it rests on. */
export interface ReadingLine {
  key: string;
  text: string;
  entryIds: readonly string[];
  actionItemIds: readonly string[];
}

/** The reading every prep starts from, shown above its sections as "What your log says". */
export interface ReadingSummary {
  role: RoleReading;
  lines: ReadingLine[];
}

/** For a lateral move: the area it is towards, and why that one. */
export interface LateralTarget {
  area: AreaId;
  /** `user`: chosen on the prep page; `pull`: the area with the strongest pull in the log. */
  chosenBy: 'user' | 'pull';
  reason: string;
  /** Every area to offer, the strongest pull first and the current role's areas last. */
  choices: readonly AreaId[];
}

export type ReasonStatus = 'met' | 'short' | 'warning';

/** A reason's status in words, beside its colour (the prep page and its Markdown). */
export const REASON_STATUS_LABELS: Record<ReasonStatus, string> = { met: 'Met', short: 'Short', warning: 'Warning' };

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

export const FINDING_KINDS = [
  'agreed-strength',
  'mixed',
  'underselling',
  'shown',
  'unsupported-claim',
  'blind-spot',
  'answered',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_LABELS: Record<FindingKind, string> = {
  'agreed-strength': 'Agreed strength',
  mixed: 'Mixed',
  underselling: 'Underselling',
  shown: 'Shown in your work',
  'unsupported-claim': 'Unsupported claim',
  'blind-spot': 'Blind spot',
  answered: 'Answered',
};

/**
 * One result of the self-vs-others check (the Dunning-Kruger check) for one area: the finding, why
 * in one sentence, what to do about it, and the entries it rests on. A blind spot or an answered
 * critique is about one piece of feedback (`feedbackId`); an answered one names what answered it.
 */
export interface AreaFinding {
  key: string;
  kind: FindingKind;
  area: AreaId;
  text: string;
  advice: string;
  entryIds: readonly string[];
  feedbackId?: string;
  answeredBy?: readonly string[];
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
  /** `unknown` below three months with data: two points are not a trend. */
  trend: Trend;
  /** The least-squares line at the first and last month with data, when there is a trend. */
  fitted?: { from: number; to: number; firstMonth: string; lastMonth: string };
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
  /** What the log says as a whole, read before any section is filled. */
  reading: ReadingSummary;
  /** Whether this conversation fits that reading, said plainly when it does not. */
  fit: Fit;
  /** One or two sentences the user could say first. */
  opening: string;
  /** For a lateral move: where to, and why that area. */
  target?: LateralTarget;
  /** Whether the period holds no entry at all. */
  empty: boolean;
  readiness: Readiness;
  /** The kind's sections; the last one is always the ask (`id: 'ask'`). */
  sections: PrepSection[];
  /** The self-vs-others check, for the kinds it serves (promotion, lateral, step-down). */
  selfVsOthers?: AreaFinding[];
  /** Energy and meaning by area with crafting suggestions, for the kinds they serve. */
  talentMap?: TalentMap;
  /** The first few things to log next, from the gaps, most useful first. */
  captureNext: CaptureSuggestion[];
}
