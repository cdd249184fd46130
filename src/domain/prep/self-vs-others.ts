import { areaName } from '../area';
import type { Entry } from '../entry';
import type { AreaStats } from './area-stats';
import type { Critique } from './critiques';
import type { LogReading } from './reading';
import type { AreaFinding } from './types';
import { quoteOf, whoShort } from './voice';
import { describeWitnesses, witnessesOf } from './witnesses';

/** At most this many entries are cited per finding: enough to check it, short enough to read. */
const CITED = 6;
/** Blind spots, and answered critiques, listed at most: the newest. */
const CRITIQUE_FINDINGS = 12;

/**
 * The Dunning-Kruger check: self-assessment is unreliable, so what one's own entries say about an
 * area is weighed against what others said, by polarity, not by presence.
 *
 * Per area, the self side *claims* (more claims than doubts: entries whose words and energy agree),
 * *doubts* (as many doubts as claims), or is silent; the others' side *says* it (their keep
 * outnumbers their start/stop), *questions* it (start/stop as many as keep, or more), or is silent.
 *
 * - agreed strength: self claims and others say it;
 * - mixed: self claims and others question it (both sides quoted);
 * - underselling: others say it and one's own notes are silent or doubt it;
 * - shown: only one's own notes claim it, and wins with evidence show it;
 * - unsupported claim: only one's own notes claim it, and no win shows it.
 *
 * Then each start/stop others raised is a blind spot until later evidence answers it (a win or
 * "keep" feedback in the same area after it; see `readCritiques`), and answered once it has.
 * A later note of one's own never clears a blind spot.
 */
export function compareSelfAndOthers(reading: LogReading): AreaFinding[] {
  const findings: AreaFinding[] = [];
  for (const area of reading.view.areas) {
    const s = reading.stats.get(area);
    if (!s) continue;
    const finding = areaFinding(s);
    if (finding) findings.push(finding);
  }
  // The most recent few of each: a finding is for reading, and the rest are in the prep's gaps.
  const newest = [...reading.critiques].reverse();
  findings.push(
    ...newest
      .filter((c) => c.answeredBy.length === 0)
      .slice(0, CRITIQUE_FINDINGS)
      .map(critiqueFinding),
    ...newest
      .filter((c) => c.answeredBy.length > 0)
      .slice(0, CRITIQUE_FINDINGS)
      .map(critiqueFinding),
  );
  return findings;
}

function areaFinding(s: AreaStats): AreaFinding | undefined {
  const name = areaName(s.area);
  const self = s.claims.length > s.doubts.length ? 'claims' : s.doubts.length > 0 ? 'doubts' : 'silent';
  const others = s.praise.length > s.critiques.length ? 'say' : s.critiques.length > 0 ? 'question' : 'silent';
  const praisers = describeWitnesses(witnessesOf(s.praise));
  const critics = describeWitnesses(witnessesOf(s.critiques));
  const finding = (
    kind: AreaFinding['kind'],
    text: string,
    advice: string,
    entries: readonly Entry[],
  ): AreaFinding => ({
    key: `${kind}:${s.area}`,
    kind,
    area: s.area,
    text,
    advice,
    entryIds: [...new Set(entries.map((e) => e.id))].slice(0, CITED),
  });

  if (self === 'claims' && others === 'say') {
    return finding(
      'agreed-strength',
      `${name}: you and others agree. ${capitalize(praisers)} said so${s.critiques.length ? ` (${critics} asked for a change, outweighed)` : ''}, and ${s.claims.length === 1 ? 'one of your own entries claims' : `${s.claims.length} of your own entries claim`} it.`,
      'Lead with it, in their words rather than yours.',
      [...s.praise, ...s.claims],
    );
  }
  if (self === 'claims' && others === 'question') {
    return finding(
      'mixed',
      `${name}: mixed. Your notes claim it (${quoteOf(s.claims[0]!)}), while ${critics} asked for a change (${quoteOf(s.critiques[0]!)}, ${whoShort(s.critiques[0]!)})${s.praise.length ? ` and ${praisers} said keep` : ''}.`,
      'Do not present it as a strength yet: say what you heard and what you are changing.',
      [...s.critiques, ...s.claims, ...s.praise],
    );
  }
  if (others === 'say' && self !== 'claims') {
    return finding(
      'underselling',
      self === 'doubts'
        ? `${name}: ${praisers} said you do this well, while your own notes doubt it (${count(s.doubts.length, 'entry', 'entries')}).`
        : `${name}: ${praisers} said you do this well; none of your own notes claim it.`,
      self === 'doubts'
        ? 'Being good at it and wanting it are different things: quote them, and say which you mean.'
        : 'Claim it: quote them in the conversation.',
      [...s.praise, ...s.doubts],
    );
  }
  if (self === 'claims' && others === 'silent') {
    // A win logged with good energy is not yet a self-assessment; it takes a talent note, a note,
    // or several wins, before "only your own notes say it" is worth saying.
    const assessed = s.claims.some((e) => e.kind !== 'win') || s.shown.length >= 2;
    if (!assessed) return undefined;
    return s.shown.length > 0
      ? finding(
          'shown',
          `${name}: nobody has said it yet, but ${s.shown.length === 1 ? 'a win with evidence shows' : `${s.shown.length} wins with evidence show`} it.`,
          'Let the wins speak, and ask someone who saw them to say so.',
          [...s.shown, ...s.claims],
        )
      : finding(
          'unsupported-claim',
          `${name}: only your own notes say it (${count(s.claims.length, 'entry', 'entries')}); no win with evidence shows it yet.`,
          'Collect evidence (a win with a result and a link) or ask someone who has seen it.',
          s.claims,
        );
  }
  return undefined;
}

function critiqueFinding({ feedback, answeredBy }: Critique): AreaFinding {
  const area = feedback.areas[0] ?? '';
  const name = feedback.areas.length ? feedback.areas.map(areaName).join(', ') : 'No area';
  const raised = `raised by ${whoShort(feedback)} on ${feedback.occurredOn}`;
  if (answeredBy.length > 0) {
    const first = answeredBy[0]!;
    return {
      key: `answered:${feedback.id}`,
      kind: 'answered',
      area,
      text: `${name}: ${quoteOf(feedback)} — ${raised} — answered by ${quoteOf(first)} (${first.occurredOn})${answeredBy.length > 1 ? ` and ${count(answeredBy.length - 1, 'more entry', 'more entries')}` : ''}.`,
      advice: 'Say it as growth: what you heard, what you changed, what it led to.',
      entryIds: [feedback.id, ...answeredBy.slice(0, CITED - 1).map((e) => e.id)],
      feedbackId: feedback.id,
      answeredBy: answeredBy.map((e) => e.id),
    };
  }
  return {
    key: `blind-spot:${feedback.id}`,
    kind: 'blind-spot',
    area,
    text: `${name}: ${quoteOf(feedback)} — ${raised} — and no later win or feedback in ${feedback.areas.length > 1 ? 'those areas' : 'that area'} answers it yet.`,
    advice: 'Name it yourself in the conversation, say what you will change, then log the change.',
    entryIds: [feedback.id],
    feedbackId: feedback.id,
  };
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
