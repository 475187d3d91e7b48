import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Operations tests (tests/ops): backup and restore, outages, a killed server, two instances, a
// streaming replica. They start production servers and PostgreSQL servers of their own, so they
// run one file at a time after `npm run build`.
export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // Outside Next's bundler nothing tells server from client code, and the marker would throw.
      'server-only': fileURLToPath(new URL('node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['tests/ops/**/*.test.ts'],
    globalSetup: ['tests/setup/global-postgres.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
