import { sessionToken } from '@/lib/auth/request';
import { verifySession } from '@/lib/auth/sessions';
import { databaseHealth, databaseUp } from '@/lib/db/health';
import { apiError } from '@/lib/http/api-error';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };
const UNAVAILABLE = 'The database does not answer; try again in a few seconds.';

/**
 * Whether the service is up. An anonymous caller learns only that, from a trivial statement: what
 * the database holds is not theirs to know, and counting the articles on every poll scans a table.
 * A signed-in admin also gets the database's details.
 */
export async function GET() {
  // A session that cannot be checked (the database is down) is treated as no session.
  const admin = await verifySession(await sessionToken()).catch(() => null);
  if (!admin) {
    const up = await databaseUp();
    return up ? Response.json({ status: 'ok' }, { headers: NO_STORE }) : apiError(503, UNAVAILABLE, { status: 'unavailable' });
  }
  const health = await databaseHealth();
  return health.reachable
    ? Response.json({ status: 'ok', database: health }, { headers: NO_STORE })
    : apiError(503, UNAVAILABLE, { status: 'unavailable', database: health });
}
