import { useEffect, useRef, useState } from 'preact/hooks';
import { RELATIONSHIPS } from '../../domain/entry';
import type { Person } from '../../domain/person';
import { RELATIONSHIP_LABELS } from '../kit/labels';
import type { SidePanelState } from './side-panel-state';

interface Props {
  state: SidePanelState;
}

/**
 * Who the 1:1 is with: pick someone, add someone, or delete someone after asking. The new
 * person's name is a draft of the panel until they are stored.
 */
export function PersonPicker({ state }: Props) {
  const people = state.people.value.status === 'ready' ? state.people.value.value : [];
  const selectedId = people.find((person) => person.id === state.personId.value)?.id;
  const { name, relationship } = state.newPerson.value;
  const errors = state.personErrors.value;
  // Open with nobody to choose from, or with a name typed before the panel was closed.
  const [adding, setAdding] = useState(people.length === 0 || name !== '');
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
    if (await state.addPerson()) setAdding(false);
  }

  async function remove(personId: string, keepEntries: boolean) {
    if (await state.deletePerson(personId, keepEntries)) setConfirming(false);
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
          onChange={(event) => state.choose(event.currentTarget.value || undefined)}
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

      {state.openFailure.value && (
        <p class="alert" role="alert">
          {state.openFailure.value}
        </p>
      )}

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
                onInput={(event) => state.typePerson({ name: event.currentTarget.value })}
              />
            </div>
            <div class="field">
              <label class="label" for="person-relationship">
                Relationship
              </label>
              <select
                id="person-relationship"
                value={relationship}
                onChange={(event) =>
                  state.typePerson({ relationship: event.currentTarget.value as Person['relationship'] })
                }
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
            Their 1:1s, action items and the entries that name them can stay in your log without a person, or go with
            them.
          </p>
          {state.personFailure.value && (
            <p class="alert" role="alert">
              {state.personFailure.value}
            </p>
          )}
          <div class="actions wrap">
            <button ref={confirmRef} type="button" onClick={() => void remove(selected.id, true)}>
              Delete, keep entries unassigned
            </button>
            <button type="button" class="danger" onClick={() => void remove(selected.id, false)}>
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
