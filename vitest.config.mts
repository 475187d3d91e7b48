import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('.', import.meta.url)),
      // Outside Next's bundler nothing tells server from client code, and the marker would throw.
      'server-only': fileURLToPath(new URL('node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts'],
    // Operations tests start servers and stop databases: `npm run test:ops` runs them on their own.
    exclude: [...configDefaults.exclude, 'tests/ops/**'],
    globalSetup: ['tests/setup/global-postgres.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
