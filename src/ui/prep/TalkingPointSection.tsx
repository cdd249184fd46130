import { useId } from 'preact/hooks';
import type { ActionItem } from '../../domain/action-item';
import type { Entry } from '../../domain/entry';
import type { ShownSection } from '../../domain/prep/agenda';
import { type PointActions, TalkingPointItem } from './TalkingPointItem';

interface Props {
  section: ShownSection;
  entries: ReadonlyMap<string, Entry>;
  actionItems: ReadonlyMap<string, ActionItem>;
  actions: PointActions & { show(key: string): void };
  onShowAll?: () => void;
}

/** A section of the prep: its heading, its points, and the way back to hidden or further points. */
export function TalkingPointSection({ section, entries, actionItems, actions, onShowAll }: Props) {
  const headingId = useId();
  return (
    <section class="prep-section talking-points" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.title}</h2>
      {section.intro && <p class="intro">{section.intro}</p>}
      <ul class="points">
        {section.points.map((shown) => (
          <TalkingPointItem
            key={shown.point.key}
            shown={shown}
            entries={entries}
            actionItems={actionItems}
            actions={actions}
          />
        ))}
      </ul>
      {section.more > 0 && onShowAll && (
        <button type="button" class="link-button show-all" onClick={onShowAll}>
          Show {section.more} more
        </button>
      )}
      {section.more === 0 && section.omitted > 0 && <p class="muted">…and {section.omitted} more in the log.</p>}
      {section.hidden.length > 0 && (
        <details class="hidden-points">
          <summary>Hidden points ({section.hidden.length})</summary>
          <ul>
            {section.hidden.map((shown) => (
              <li key={shown.point.key}>
                <span>{shown.text}</span>{' '}
                <button type="button" onClick={() => actions.show(shown.point.key)}>
                  Show again
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
