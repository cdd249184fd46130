import type { Critique } from '../critiques';
import type { LogReading } from '../reading';
import { winStrength } from '../reading';
import { evidencePoint, gapPoint } from '../talking-point';
import type { TalkingPoint } from '../types';
import { critiqueSentence, inFirstPerson, praiseSentence, quoteOf, whoShort } from '../voice';

/**
 * A start or stop others raised, said as growth when it was answered ("Priya asked me to start
 * writing down decisions; I answered it: I wrote the ADR for …") and as an honest gap when not.
 */
export function critiquePoint(sectionId: string, critique: Critique, reading: LogReading): TalkingPoint {
  const { feedback, answeredBy } = critique;
  const raised = `Raised by ${whoShort(feedback)} on ${feedback.occurredOn}`;
  const said = critiqueSentence(feedback);
  const answer = answeredBy[0];
  if (!answer) {
    return gapPoint(
      `${sectionId}:${feedback.id}`,
      `${said}. I have not shown the change yet.`,
      'Say what you are doing about it, and log the next step you take.',
      [feedback],
      `${raised} — nothing logged answers it since`,
    );
  }
  const how = answer.kind === 'win' ? inFirstPerson(answer.text) : praiseSentence(answer);
  const strongest = answeredBy.some((e) => e.kind === 'win' && winStrength(reading, e) === 'strong')
    ? 'strong'
    : answeredBy.some((e) => (e.kind === 'win' ? winStrength(reading, e) : 'some') !== 'thin')
      ? 'some'
      : 'thin';
  return evidencePoint(
    `${sectionId}:${feedback.id}`,
    `${said}; I answered it: ${lowerFirstUnlessI(how)}.`,
    [feedback, ...answeredBy.slice(0, 3)],
    { detail: `${raised} — answered by ${quoteOf(answer)} (${answer.occurredOn})`, strength: strongest },
  );
}

function lowerFirstUnlessI(text: string): string {
  return /^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}
