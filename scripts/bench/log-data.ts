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
const AREAS = ['coding', 'leading-teams', 'managing-people', 'managing-projects', 'developer-relations', 'teaching', 'research', 'debugging'];
const KINDS = ['win', 'feedback', 'talent', 'note'] as const;

/** A small deterministic generator, so every run measures the same log. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** `count` varied, valid entries spread over three years before `end`. */
export function generateEntries(count: number, end = new Date('2025-06-01T12:00:00Z')): Entry[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const entries: Entry[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = new Date(end.getTime() - Math.floor(next() * 3 * 365 * 86_400_000));
    const stamp = at.toISOString();
    const kind = pick(KINDS);
    const base = {
      id: `${(i + 1).toString(16).padStart(8, '0')}-0000-4000-8000-${Math.floor(next() * 2 ** 40).toString(16).padStart(12, '0')}`,
      createdAt: stamp,
      updatedAt: stamp,
      text: `${sentence(8 + Math.floor(next() * 30))}.`,
      occurredOn: stamp.slice(0, 10),
      tags: next() < 0.7 ? [pick(TAGS), ...(next() < 0.3 ? [pick(TAGS)] : [])].filter((t, j, all) => all.indexOf(t) === j) : [],
      areas: next() < 0.6 ? [pick(AREAS)] : [],
      ...(next() < 0.5 ? { energy: Math.floor(next() * 5) - 2 } : {}),
      ...(next() < 0.05 ? { deletedAt: stamp } : {}),
      ...(next() < 0.3 ? { source: { url: `https://example.com/${i}`, title: sentence(5) } } : {}),
    };
    if (kind === 'win') entries.push({ ...base, kind, ...(next() < 0.5 ? { impact: sentence(10), metric: sentence(4) } : {}) });
    else if (kind === 'feedback') entries.push({ ...base, kind, direction: 'received', person: pick(PEOPLE), signal: pick(['start', 'keep', 'stop'] as const) });
    else if (kind === 'talent') entries.push({ ...base, kind, evidence: 'self' });
    else entries.push({ ...base, kind, person: pick(PEOPLE) });
  }
  return entries;
}
