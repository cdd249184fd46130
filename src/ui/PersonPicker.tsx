import { useEffect, useRef, useState } from 'preact/hooks';
import type { FieldError } from '../domain/capture';
import { RELATIONSHIPS } from '../domain/entry';
import type { Person } from '../domain/person';
import { RELATIONSHIP_LABELS } from './labels';


interface Props {
  people: Person[];
  selectedId: string | undefined;
  onSelect: (personId: string | undefined) => void;
  onAdd: (input: { name: string; relationship: Person['relationship'] }) => Promise<FieldError[]>;
  onDelete: (personId: string, keepEntries: boolean) => Promise<void>;
}

/** Who the 1:1 is with: pick someone, add someone, or delete someone after asking. */
export function PersonPicker({ people, selectedId, onSelect, onAdd, onDelete }: Props) {
  const [adding, setAdding] = useState(people.length === 0);
  const [name, setName] = useState('');
  const [relationship, setRelationship] = useState<Person['relationship']>('manager');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const closeConfirm = () => {
    setConfirming(false);
    deleteRef.current?.focus();
  };
  const selected = people.find((person) => person.id === selectedId);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function add() {
    const found = await onAdd({ name, relationship });
    setErrors(found);
    if (found.length === 0) {
      setName('');
      setAdding(false);
    }
  }

  const nameError = errors.find((error) => error.field === 'name');
  return (
    <section class="person-picker" aria-labelledby="person-heading">
      <h2 id="person-heading">1:1 with</h2>
      <div class="field">
        <label class="label" for="person-select">
          Person
        </label>
        <select
          id="person-select"
          value={selectedId ?? ''}
          onChange={(event) => onSelect(event.currentTarget.value || undefined)}
        >
          <option value="">Choose someone…</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name} ({RELATIONSHIP_LABELS[person.relationship]})
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        <button type="button" aria-expanded={adding} onClick={() => setAdding(!adding)}>
          New person
        </button>
        {selected && (
          <button ref={deleteRef} type="button" onClick={() => setConfirming(true)}>
            Delete person
          </button>
        )}
      </div>

      {adding && (
        <form
          class="capture"
          aria-label="New person"
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <div class="row">
            <div class="field">
              <label class="label" for="person-name">
                Name
              </label>
              <input
                id="person-name"
                type="text"
                value={name}
                autoComplete="off"
                aria-invalid={Boolean(nameError)}
                aria-describedby={nameError ? 'person-name-error' : undefined}
                onInput={(event) => setName(event.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label class="label" for="person-relationship">
                Relationship
              </label>
              <select
                id="person-relationship"
                value={relationship}
                onChange={(event) => setRelationship(event.currentTarget.value as Person['relationship'])}
              >
                {RELATIONSHIPS.map((value) => (
                  <option key={value} value={value}>
                    {RELATIONSHIP_LABELS[value]}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {nameError && (
            <p class="field-error" id="person-name-error" role="alert">
              {nameError.message}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="primary">
              Add person
            </button>
          </div>
        </form>
      )}

      {confirming && selected && (
        <div
          class="confirm"
          role="alertdialog"
          aria-labelledby="confirm-heading"
          aria-describedby="confirm-text"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              closeConfirm();
            }
          }}
        >
          <h3 id="confirm-heading">Delete {selected.name}?</h3>
          <p id="confirm-text">
            Their 1:1s, action items and the entries that name them can stay in your log without a
            person, or go with them.
          </p>
          <div class="actions wrap">
            <button
              ref={confirmRef}
              type="button"
              onClick={() => void onDelete(selected.id, true).then(() => setConfirming(false))}
            >
              Delete, keep entries unassigned
            </button>
            <button
              type="button"
              class="danger"
              onClick={() => void onDelete(selected.id, false).then(() => setConfirming(false))}
            >
              Delete with their entries
            </button>
            <button type="button" onClick={closeConfirm}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
