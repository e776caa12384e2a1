import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['src/web/**', 'node_modules/**'],
    globalSetup: ['test/setup/postgres.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // argon2 at 19 MiB is CPU-bound: two workers match the two cores.
    maxWorkers: 2,
    // Route suites sign in many times from 127.0.0.1; one test checks the real limit.
    env: { REMPART_AUTH_RATE_LIMIT: '100000' },
  },
});
