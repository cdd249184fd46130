import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Measurements of the log page at 10,000 entries, run by `npm run bench:log` (after `wxt build`,
// for the Chromium part). They print figures and assert nothing about time: timings depend on the
// machine, and a timed test would be flaky.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'bench-node',
          include: ['scripts/bench/log.bench-test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/setup.ts'],
          globals: true,
          testTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'bench-chromium',
          include: ['scripts/bench/log-chromium.bench-test.ts'],
          environment: 'node',
          globals: true,
          testTimeout: 300_000,
        },
      },
    ],
  },
});
