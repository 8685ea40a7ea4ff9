/** Test projects: pure/domain + database + API in Node, components in jsdom, end-to-end in Chromium. */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // A guard against a hang, not a speed check: spawning a child (tsx) or building a big file on a loaded
          // 2-core CI machine can take longer than vitest's default 5 s.
          testTimeout: 60_000,
          include: [
            'test/unit/**/*.test.ts',
            'test/db/**/*.test.ts',
            'test/api/**/*.test.ts',
            'test/electron/**/*.test.ts',
            'test/report/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          testTimeout: 30_000,
          include: ['test/components/**/*.test.tsx'],
          setupFiles: ['test/components/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
