import type { Entry } from '../entry';

export interface Witnesses {
  /** Distinct names, compared ignoring case, spelled as first seen. */
  names: string[];
  /** Entries with nobody named: counted, never guessed. */
  unnamed: number;
}

/** The people behind a list of entries, in the order the entries come. */
export function witnessesOf(entries: readonly Entry[]): Witnesses {
  const seen = new Set<string>();
  const names: string[] = [];
  let unnamed = 0;
  for (const entry of entries) {
    const name = entry.person?.trim();
    if (!name) {
      unnamed += 1;
      continue;
    }
    const key = name.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      names.push(name);
    }
  }
  return { names, unnamed };
}

/** "Ana", "Ana and Ben", "Ana, Ben and 2 more", "someone unnamed". */
export function describeWitnesses({ names, unnamed }: Witnesses, shown = 3): string {
  const listed = names.slice(0, shown);
  const rest = names.length - listed.length;
  const tail: string[] = [];
  if (rest > 0) tail.push(`${rest} more`);
  if (unnamed > 0 && names.length === 0) tail.push(unnamed === 1 ? 'someone unnamed' : `${unnamed} unnamed`);
  const parts = [...listed, ...tail];
  if (parts.length === 0) return 'nobody';
  if (parts.length === 1) return parts[0]!;
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}

/** "1 person", "3 people". */
export function countPeople(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}
