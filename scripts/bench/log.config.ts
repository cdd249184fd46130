import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Measurements of the log page at 10,000 entries, run by `npm run bench:log`. They print figures
// and assert nothing about time: timings depend on the machine, and a timed test would be flaky.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [process.env.BENCH_FILE ?? 'scripts/bench/**/*.bench-test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    globals: true,
    testTimeout: 300_000,
  },
});
