import path from 'node:path';
import { defineConfig } from 'prisma/config';

// The CLI insists on a schema engine binary even for `generate`, and cannot download one offline.
// Pointing it at a stub keeps `prisma generate/validate/format` working; migrations are our own SQL.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve('prisma/schema-engine-unavailable.sh');
process.env.CHECKPOINT_DISABLE ??= '1';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
