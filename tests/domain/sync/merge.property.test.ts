// The merge, over random histories of three devices that create, edit, delete and restore entries
// and now and then sync with one another: any order of merging gives one result, merging again
// changes nothing, no record is ever lost, and concurrent edits of one entry keep both texts.
import fc from 'fast-check';
import {
  canonicalJson,
  conflictCopy,
  joinClocks,
  materialize,
  mergeReplicas,
  type Replica,
  recordKey,
  resolveHeads,
  tickClock,
  type Version,
} from '../../../src/domain/sync/merge';

const DEVICES = ['a'.repeat(32), 'b'.repeat(32), 'c'.repeat(32)];
const IDS = [1, 2, 3, 4].map((n) => `00000000-0000-4000-8000-00000000000${n}`);

type Step =
  | { op: 'create' | 'edit'; device: number; id: number; text: string; at: number }
  | { op: 'delete' | 'restore'; device: number; id: number; at: number }
  | { op: 'sync'; from: number; to: number };

const device = fc.integer({ min: 0, max: 2 });
const id = fc.integer({ min: 0, max: IDS.length - 1 });
// Few texts and few times, so that equal texts, equal revisions and equal times all happen.
const text = fc.constantFrom('shipped it', 'led the review', 'mentored Ana', 'fixed the build');
const at = fc.integer({ min: 0, max: 5 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constantFrom('create' as const, 'edit' as const), device, id, text, at }),
  fc.record({ op: fc.constantFrom('delete' as const, 'restore' as const), device, id, at }),
  fc.record({ op: fc.constant('sync' as const), from: device, to: device }),
);

interface History {
  replicas: Map<string, Version[]>[];
  /** Every entry id some device created. */
  created: Set<string>;
}

function stamp(at: number): string {
  return new Date(Date.UTC(2025, 2, 12, 10, at)).toISOString();
}

function play(steps: Step[]): History {
  const replicas = DEVICES.map(() => new Map<string, Version[]>());
  const created = new Set<string>();
  for (const s of steps) {
    if (s.op === 'sync') {
      replicas[s.to] = mergeReplicas(replicas[s.to]!, replicas[s.from]!);
      continue;
    }
    const replica = replicas[s.device]!;
    const key = recordKey('entries', IDS[s.id]!);
    const heads = replica.get(key);
    const writer = DEVICES[s.device]!;
    if (!heads) {
      if (s.op !== 'create') continue;
      created.add(IDS[s.id]!);
      const record = { id: IDS[s.id]!, kind: 'note', text: s.text, tags: [], rev: 1, updatedAt: stamp(s.at) };
      replica.set(key, [{ table: 'entries', clock: tickClock({}, writer), record }]);
      continue;
    }
    // An edit starts from what the device shows (the winner) and has seen every head.
    const shown = resolveHeads(heads).winner.record;
    const seen = heads.map((head) => head.clock).reduce(joinClocks);
    const { deletedAt: _, ...live } = shown;
    const record =
      s.op === 'delete' ? { ...shown, deletedAt: stamp(s.at) } : 'text' in s ? { ...live, text: s.text } : live;
    replica.set(key, [
      {
        table: 'entries',
        clock: tickClock(seen, writer),
        record: { ...record, rev: (shown.rev ?? 0) + 1, updatedAt: stamp(s.at) },
      },
    ]);
  }
  return { replicas, created };
}

const canonical = (replica: Replica) => canonicalJson([...replica].sort(([a], [b]) => (a < b ? -1 : 1)));
const shown = (replica: Replica) => canonicalJson([...materialize(replica)].sort(([a], [b]) => (a < b ? -1 : 1)));
const histories = fc.array(step, { maxLength: 40 }).map(play);

describe('merging the replicas of three devices', () => {
  it('is commutative and associative: any order gives the same heads and the same log', () => {
    fc.assert(
      fc.property(histories, ({ replicas: [a, b, c] }) => {
        const orders = [
          mergeReplicas(mergeReplicas(a!, b!), c!),
          mergeReplicas(a!, mergeReplicas(b!, c!)),
          mergeReplicas(mergeReplicas(c!, a!), b!),
          mergeReplicas(mergeReplicas(b!, c!), a!),
          mergeReplicas(c!, mergeReplicas(b!, a!)),
        ];
        for (const merged of orders) {
          expect(canonical(merged)).toBe(canonical(orders[0]!));
          expect(shown(merged)).toBe(shown(orders[0]!));
        }
      }),
    );
  });

  it('is idempotent: merging what is already merged changes nothing', () => {
    fc.assert(
      fc.property(histories, ({ replicas: [a, b, c] }) => {
        const merged = mergeReplicas(mergeReplicas(a!, b!), c!);
        expect(canonical(mergeReplicas(merged, merged))).toBe(canonical(merged));
        expect(canonical(mergeReplicas(merged, b!))).toBe(canonical(merged));
        expect(canonical(mergeReplicas(a!, a!))).toBe(canonical(a!));
      }),
    );
  });

  it('never loses a record: every id any device created is in the merged log', () => {
    fc.assert(
      fc.property(histories, ({ replicas, created }) => {
        const log = materialize(replicas.reduce(mergeReplicas));
        for (const id of created) expect(log.has(recordKey('entries', id))).toBe(true);
      }),
    );
  });

  it('keeps every concurrent text: each live head’s text is the entry’s or a conflict copy’s', () => {
    fc.assert(
      fc.property(histories, ({ replicas }) => {
        const merged = replicas.reduce(mergeReplicas);
        const log = materialize(merged);
        for (const [key, heads] of merged) {
          for (const head of heads) {
            if (head.record.deletedAt) continue;
            const original = log.get(key)!;
            const kept =
              (!original.deletedAt && original.text === head.record.text) ||
              log.get(recordKey('entries', conflictCopy(head.record).id))?.text === head.record.text;
            expect(kept).toBe(true);
          }
        }
      }),
    );
  });
});

describe('two devices editing one entry', () => {
  const base: Version = {
    table: 'entries',
    clock: { [DEVICES[0]!]: 1 },
    record: { id: IDS[0]!, kind: 'note', text: 'first', tags: ['team'], rev: 1, updatedAt: stamp(0) },
  };
  const edit = (device: string, text: string, at: number): Version => ({
    table: 'entries',
    clock: tickClock(base.clock, device),
    record: { ...base.record, text, rev: 2, updatedAt: stamp(at) },
  });

  it('one after the other: the later edit replaces the earlier, with no copy', () => {
    const first = edit(DEVICES[1]!, 'second', 1);
    const second: Version = {
      ...first,
      clock: tickClock(first.clock, DEVICES[0]!),
      record: { ...first.record, text: 'third', rev: 3 },
    };
    const log = materialize(mergeReplicas(new Map([['k', [first]]]), new Map([['k', [second]]])));
    expect([...log.values()].map((record) => record.text)).toEqual(['third']);
  });

  it('at the same time: the newer text wins and the other is a conflict copy tagged conflict', () => {
    const onA = edit(DEVICES[0]!, 'text from A', 2);
    const onB = edit(DEVICES[1]!, 'text from B', 3);
    const log = materialize(mergeReplicas(new Map([['k', [onA]]]), new Map([['k', [onB]]])));
    expect(log.get('k')?.text).toBe('text from B');
    const copy = [...log.values()].find((record) => record.id !== IDS[0]);
    expect(copy).toMatchObject({ text: 'text from A', tags: ['team', 'conflict'], kind: 'note' });
    expect(copy?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('a deletion at the same time as an edit keeps the edited text', () => {
    const deleted: Version = {
      ...edit(DEVICES[0]!, 'first', 5),
      record: { ...base.record, rev: 2, updatedAt: stamp(5), deletedAt: stamp(5) },
    };
    const edited = edit(DEVICES[1]!, 'edited on B', 1);
    const log = materialize(mergeReplicas(new Map([['k', [deleted]]]), new Map([['k', [edited]]])));
    expect([...log.values()].filter((record) => !record.deletedAt).map((record) => record.text)).toEqual([
      'edited on B',
    ]);
  });
});
