import type { Entry } from '../../src/domain/entry';

const WORDS = (
  'billing migration design review incident postmortem mentoring onboarding roadmap latency cache ' +
  'database schema rollout feature flag pairing interview hiring retro planning estimate refactor ' +
  'kubernetes deploy pipeline flaky test coverage accessibility docs talk conference workshop teaching ' +
  'customer escalation outage dashboard metric budget vendor security audit compliance search index ' +
  'performance memory profiling debugging api gateway mobile release sprint ownership delegation'
).split(' ');
const TAGS = ['billing', 'infra', 'q1', 'q2', 'q3', 'q4', 'mentoring', 'hiring', 'on-call', 'docs', 'talks', 'perf'];
const PEOPLE = ['Ana Lima', 'Bo Chen', 'Chidi Okafor', 'Dana Cohen', 'Eero Virtanen', 'Fatima Zahra', 'Goran Petrović'];
const AREAS = [
  'coding',
  'leading-teams',
  'managing-people',
  'managing-projects',
  'developer-relations',
  'teaching',
  'research',
  'debugging',
];
const KINDS = ['win', 'feedback', 'talent', 'note'] as const;

const SYLLABLES = 'ka lo mi ren sto va qui der tal mon ex pa ri gen sul bor fen lat cor nu'.split(' ');

/**
 * Text with a natural spread of words: a few very common ones, a long tail of rare ones (about
 * 3,000 made-up words beside the domain words), as in a real log, where search cost follows how
 * many entries a word appears in.
 */
function vocabulary(next: () => number): string[] {
  const made = new Set<string>();
  while (made.size < 3000) {
    const n = 2 + Math.floor(next() * 3);
    made.add(Array.from({ length: n }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''));
  }
  return [...WORDS, ...made];
}

/** A small deterministic generator, so every run measures the same log. */
function random(seed: number) {
  // mulberry32: 32-bit integer arithmetic only, so it never loses precision.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` varied, valid entries spread over three years before `end`. */
export function generateEntries(count: number, end = new Date('2025-06-01T12:00:00Z')): Entry[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const words = vocabulary(next);
  // Zipf-like: the i-th word is picked with a probability falling with its rank.
  const word = () => words[Math.floor(words.length * next() ** 3)]!;
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  const entries: Entry[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = new Date(end.getTime() - Math.floor(next() * 3 * 365 * 86_400_000));
    const stamp = at.toISOString();
    const kind = pick(KINDS);
    const base = {
      id: `${(i + 1).toString(16).padStart(8, '0')}-0000-4000-8000-${Math.floor(next() * 2 ** 40)
        .toString(16)
        .padStart(12, '0')}`,
      createdAt: stamp,
      updatedAt: stamp,
      text: `${sentence(8 + Math.floor(next() * 30))}.`,
      occurredOn: stamp.slice(0, 10),
      tags:
        next() < 0.7
          ? [pick(TAGS), ...(next() < 0.3 ? [pick(TAGS)] : [])].filter((t, j, all) => all.indexOf(t) === j)
          : [],
      areas: next() < 0.6 ? [pick(AREAS)] : [],
      ...(next() < 0.5 ? { energy: Math.floor(next() * 5) - 2 } : {}),
      ...(next() < 0.05 ? { deletedAt: stamp } : {}),
      ...(next() < 0.3 ? { source: { url: `https://example.com/${i}`, title: sentence(5) } } : {}),
    };
    if (kind === 'win')
      entries.push({ ...base, kind, ...(next() < 0.5 ? { impact: sentence(10), metric: sentence(4) } : {}) });
    else if (kind === 'feedback')
      entries.push({
        ...base,
        kind,
        direction: 'received',
        person: pick(PEOPLE),
        signal: pick(['start', 'keep', 'stop'] as const),
      });
    else if (kind === 'talent') entries.push({ ...base, kind, evidence: 'self' });
    else entries.push({ ...base, kind, person: pick(PEOPLE) });
  }
  return entries;
}
