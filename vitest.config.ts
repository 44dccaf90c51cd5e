import { defineConfig } from 'vitest/config';

// Three layers: pure units (fast, no build), the built seed site inspected in
// dist/ (one build in global setup), and browser end-to-end over that build.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 600_000,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/build-sites.ts'],
          // Room for a search wait or two (tests/helpers/browser.ts SEARCH_WAIT_MS) on a loaded machine.
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // One browser and one build at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
