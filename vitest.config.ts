// Unit and component tests: the fake browser from WXT, IndexedDB from fake-indexeddb.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Day boundaries are local: pin a zone that has daylight saving, so tests mean the same everywhere.
process.env.TZ = 'Europe/London';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto'],
    restoreMocks: true,
    // The property tests run thousands of sequences; on two busy cores 5 s is not always enough.
    testTimeout: 30_000,
  },
});
