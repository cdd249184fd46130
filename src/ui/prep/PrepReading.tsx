import type { ActionItem } from '../../domain/action-item';
import type { Entry } from '../../domain/entry';
import { FIT_LABELS, type Prep } from '../../domain/prep/types';
import { EvidenceList } from './EvidenceList';
import { LazyDetails } from './LazyDetails';

interface Props {
  prep: Prep;
  entries: ReadonlyMap<string, Entry>;
  actionItems: ReadonlyMap<string, ActionItem>;
}

/**
 * The top of a prep: what to say first, whether this conversation fits the log (said plainly when
 * it does not), and what the log says as a whole, each line with the records it rests on.
 */
export function PrepReading({ prep, entries, actionItems }: Props) {
  const { fit, reading, target } = prep;
  return (
    <>
      <section class="opening" aria-labelledby="opening-heading">
        <h2 id="opening-heading">Say first</h2>
        <p class="opening-text">{prep.opening}</p>
      </section>
      <section
        class={`fit fit-${fit.verdict}`}
        aria-labelledby="fit-heading"
        {...(fit.verdict === 'fits' ? {} : { role: 'note' })}
      >
        <h2 id="fit-heading">{FIT_LABELS[fit.verdict]}</h2>
        <p>{fit.text}</p>
        {target && <p class="target-reason">{target.reason}</p>}
        <BasedOn entryIds={fit.entryIds} actionItemIds={[]} entries={entries} actionItems={actionItems} />
      </section>
      <section class="prep-section reading" aria-labelledby="reading-heading">
        <h2 id="reading-heading">What your log says</h2>
        <ul class="points">
          {reading.lines.map((line) => (
            <li key={line.key} class="point point-insight">
              <p class="point-text">{line.text}</p>
              {line.key === 'role' && reading.role.assumed && (
                <p class="point-detail no-print">
                  <a href="/options.html#roles">Set your roles in Settings</a>
                </p>
              )}
              <BasedOn
                entryIds={line.entryIds}
                actionItemIds={line.actionItemIds}
                entries={entries}
                actionItems={actionItems}
              />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** The records behind a line of the reading, folded: the reading is for reading, the proof on demand. */
function BasedOn(props: Parameters<typeof EvidenceList>[0]) {
  const count = props.entryIds.length + props.actionItemIds.length;
  if (count === 0) return null;
  return (
    <LazyDetails class="based-on" summary={`Based on ${count === 1 ? 'one record' : `${count} records`}`}>
      {() => <EvidenceList {...props} />}
    </LazyDetails>
  );
}
