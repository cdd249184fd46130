import type { Person } from '../../domain/person';

/** The options of a select of people: first `none` (the empty choice), then each person by name. */
export function PersonOptions({ none, people }: { none: string; people: readonly Person[] }) {
  return (
    <>
      <option value="">{none}</option>
      {people.map((person) => (
        <option key={person.id} value={person.id}>
          {person.name}
        </option>
      ))}
    </>
  );
}
