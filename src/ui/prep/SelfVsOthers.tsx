import type { ActionItem } from '../../domain/action-item';
import type { Entry } from '../../domain/entry';
import { type AreaFinding, FINDING_LABELS } from '../../domain/prep/types';
import { EvidenceList } from './EvidenceList';

interface Props {
  findings: readonly AreaFinding[];
  entries: ReadonlyMap<string, Entry>;
  actionItems: ReadonlyMap<string, ActionItem>;
}

/** The Dunning-Kruger check: where one's own view and others' agree, and where they part. */
export function SelfVsOthers({ findings, entries, actionItems }: Props) {
  return (
    <section class="prep-section" aria-labelledby="self-vs-others-heading">
      <h2 id="self-vs-others-heading">Self vs others</h2>
      <p class="intro">Your own notes weighed against what others said, area by area.</p>
      {findings.length === 0 ? (
        <p class="muted">
          Nothing to compare yet: log talent notes of your own, and what others say you do well, with their areas.
        </p>
      ) : (
        <ul class="points">
          {findings.map((finding) => (
            <li key={finding.key} class={`point finding finding-${finding.kind}`}>
              <p class="point-text">
                <strong>{FINDING_LABELS[finding.kind]}.</strong> {finding.text}
              </p>
              <p class="point-detail">{finding.advice}</p>
              <EvidenceList
                entryIds={finding.entryIds}
                actionItemIds={[]}
                entries={entries}
                actionItems={actionItems}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
