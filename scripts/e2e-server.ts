import fs from 'node:fs';
import path from 'node:path';

// End-to-end tests always get a fresh embedded database of their own, seeded from the corpus:
// never the developer's data, never a server named by DATABASE_URL.
delete process.env.DATABASE_URL;
const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? '.data/e2e');
fs.rmSync(dataDir, { recursive: true, force: true });
process.env.DATA_DIR = dataDir;
process.env.EMBEDDED_PG_PORT ??= '54339';
// The first admin, created on start (scripts/prepare-database.ts); e2e/admin.spec.ts signs in with it.
process.env.ADMIN_EMAIL ??= 'e2e-admin@example.org';
process.env.ADMIN_PASSWORD ??= 'e2e admin password 1';
// The same server as `npm start` (scripts/serve.ts): custom 503 handling and all.
void import('./serve');
