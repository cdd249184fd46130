import { type AreaId, areaName } from '../area';
import type { Entry } from '../entry';
import type { AreaStats } from './area-stats';
import { describeWitnesses, witnessesOf } from './witnesses';
import type { AreaFinding } from './types';

/** At most this many entries are cited per finding: enough to check it, short enough to read. */
const CITED = 6;

/**
 * The Dunning-Kruger check: self-assessment is unreliable, so each area's own claims (talent notes
 * on one's own word) are weighed against what others said.
 *
 * - agreed strength: both say it;
 * - underselling: others say it, one's own notes do not;
 * - unsupported claim: only one's own notes say it;
 * - blind spot: others asked to start or stop something, and nothing one logged in that area
 *   since (a win, a note, a talent note) picks it up.
 */
export function compareSelfAndOthers(
  stats: ReadonlyMap<AreaId, AreaStats>,
  areas: readonly AreaId[],
): AreaFinding[] {
  const findings: AreaFinding[] = [];
  for (const area of areas) {
    const s = stats.get(area);
    if (!s) continue;
    const name = areaName(area);
    const praise = s.othersPraise;
    const claims = s.selfClaims;

    if (claims.length > 0 && praise.length > 0) {
      findings.push({
        key: `agreed-strength:${area}`,
        kind: 'agreed-strength',
        area,
        text: `${name}: you and others agree. ${capitalize(describeWitnesses(witnessesOf(praise)))} said so, and so do your own notes (${claims.length}).`,
        advice: 'Lead with it, in their words rather than yours.',
        entryIds: cite([...praise, ...claims]),
      });
    } else if (praise.length > 0) {
      findings.push({
        key: `underselling:${area}`,
        kind: 'underselling',
        area,
        text: `${name}: ${describeWitnesses(witnessesOf(praise))} said you do this well; none of your own notes claim it.`,
        advice: 'Claim it: write a talent note, and quote them in the conversation.',
        entryIds: cite(praise),
      });
    } else if (claims.length > 0) {
      findings.push({
        key: `unsupported-claim:${area}`,
        kind: 'unsupported-claim',
        area,
        text: `${name}: only your own notes say it (${claims.length}).`,
        advice: 'Collect evidence (a win with a result and a link) or ask someone who has seen it.',
        entryIds: cite(claims),
      });
    }

    const unanswered = blindSpots(s);
    if (unanswered.length > 0) {
      findings.push({
        key: `blind-spot:${area}`,
        kind: 'blind-spot',
        area,
        text: `${name}: ${describeWitnesses(witnessesOf(unanswered))} asked you to start or stop something, and nothing you logged about it since picks it up.`,
        advice: 'Name it yourself in the conversation, say what you will change, then log the change.',
        entryIds: cite(unanswered),
      });
    }
  }
  return findings;
}

/** Start/stop feedback with no own win, note or talent note in the area on or after its date. */
function blindSpots(s: AreaStats): Entry[] {
  const reflective = s.own.filter((entry) => entry.kind !== 'feedback');
  const latestOwn = reflective.reduce<string>(
    (latest, entry) => (entry.occurredOn > latest ? entry.occurredOn : latest),
    '',
  );
  return s.othersCritique.filter((feedback) => latestOwn < feedback.occurredOn);
}

function cite(entries: readonly Entry[]): string[] {
  return entries.slice(0, CITED).map((entry) => entry.id);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
