import { FIELD_NAMES } from '../../domain/capture';
import type { EnergyFilter, Period } from '../../domain/log-filter';

/*
 * The words every view shows for stored values (the values themselves never change), in one
 * place. Words the domain's Markdown exports share are kept in the domain and re-exported here,
 * so a view finds them all in this file: kinds (src/domain/entry.ts), conversation kinds
 * (src/domain/conversation.ts), periods (src/domain/log-filter.ts) and field names
 * (src/domain/capture.ts). Energy and meaning in prose ("very energizing") are the exports' own:
 * src/domain/entry-markdown.ts.
 */
export { CONVERSATION_KIND_LABELS } from '../../domain/conversation';
export { KIND_LABELS } from '../../domain/entry';
export { PERIOD_LABELS } from '../../domain/log-filter';

/** Energy as rated, on the scale's ends with its words. */
export const ENERGY_LABELS: Record<string, string> = {
  '-2': '−2 Draining',
  '-1': '−1',
  '0': '0 Neutral',
  '1': '+1',
  '2': '+2 Energizing',
};

export const ENERGY_FILTER_LABELS: Record<EnergyFilter, string> = {
  energizing: 'Energizing (+1, +2)',
  draining: 'Draining (−1, −2)',
  '2': '+2',
  '1': '+1',
  '0': '0 Neutral',
  '-1': '−1',
  '-2': '−2',
};

export const MEANING_LABELS = { job: 'Job', career: 'Career', calling: 'Calling' } as const;
export const SCOPE_LABELS = { self: 'Self', team: 'Team', org: 'Organization', company: 'Company' } as const;
export const DIRECTION_LABELS = { received: 'Received', given: 'Given' } as const;
export const RELATIONSHIP_LABELS = {
  manager: 'Manager',
  peer: 'Peer',
  report: 'Report',
  skip: 'Skip-level',
  other: 'Other',
} as const;
export const SIGNAL_LABELS = { start: 'Start', keep: 'Keep', stop: 'Stop' } as const;
export const EVIDENCE_LABELS = { self: 'Self-observed', others: 'Others said so' } as const;

/** The detail fields an entry may carry, by the names capture and the editor give them. */
export const DETAIL_LABELS: Record<string, string> = Object.fromEntries(
  ['impact', 'metric', 'situation', 'task', 'action', 'result', 'behavior'].map((field) => [
    field,
    FIELD_NAMES[field]!,
  ]),
);

/** "About a win": feedback linked to the win it is about (the log's editor and the side panel). */
export const ABOUT_LABELS = {
  field: 'About a win',
  none: 'No win in particular',
  /** A link to a win deleted (or purged) since it was made: kept until the user changes it. */
  deleted: 'A deleted win',
  loading: 'Loading wins…',
  /** The current link, while the wins cannot be read. */
  unread: 'The linked win',
  unreadable: 'The wins cannot be read right now; the link stays as it is.',
  /** Starts the line under linked feedback in the log: "About: Gave the KubeCon talk…". */
  line: 'About:',
  deletedInLine: 'a deleted win',
} as const;

export type { Period };
