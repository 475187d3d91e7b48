import fs from 'node:fs';
import path from 'node:path';
import { runNext } from './run-next';

// End-to-end tests always get a fresh embedded database of their own, seeded from the corpus:
// never the developer's data, never a server named by DATABASE_URL.
delete process.env.DATABASE_URL;
const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? '.data/e2e');
fs.rmSync(dataDir, { recursive: true, force: true });
process.env.DATA_DIR = dataDir;
process.env.EMBEDDED_PG_PORT ??= '54339';
void runNext('start');
