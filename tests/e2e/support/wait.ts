/**
 * How long `expect.poll` waits for something the user would see "at once": generous for a slow CI
 * machine, short enough that a real failure is reported quickly.
 */
export const SOON = { timeout: 10_000, interval: 50 } as const;
