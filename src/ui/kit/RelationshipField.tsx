import type { ComponentChildren } from 'preact';
import { RELATIONSHIPS } from '../../domain/entry';
import type { Person } from '../../domain/person';
import { RELATIONSHIP_LABELS } from './labels';

interface Props {
  value: Person['relationship'];
  onChoose: (relationship: Person['relationship']) => void;
  /** Given where a choice can be refused: marks the select invalid and describes it by its error. */
  invalid?: boolean;
  /** The refusal, under the select. */
  children?: ComponentChildren;
}

/** The choice of a person's relationship to the user: a new person (side panel), a person's page (log). */
export function RelationshipField({ value, onChoose, invalid, children }: Props) {
  return (
    <div class="field">
      <label class="label" for="person-relationship">
        Relationship
      </label>
      <select
        id="person-relationship"
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? 'person-relationship-error' : undefined}
        onChange={(event) => onChoose(event.currentTarget.value as Person['relationship'])}
      >
        {RELATIONSHIPS.map((option) => (
          <option key={option} value={option}>
            {RELATIONSHIP_LABELS[option]}
          </option>
        ))}
      </select>
      {children}
    </div>
  );
}
