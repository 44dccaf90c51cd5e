import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Site and browser layers build the fixture site once; they run in their own files.
    testTimeout: 30_000,
    hookTimeout: 600_000,
  },
});
