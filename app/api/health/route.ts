import { sessionToken } from '@/lib/auth/request';
import { verifySession } from '@/lib/auth/sessions';
import { databaseHealth, databaseUp } from '@/lib/db/health';

export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

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
    return Response.json({ status: up ? 'ok' : 'unavailable' }, { status: up ? 200 : 503, headers: NO_STORE });
  }
  const health = await databaseHealth();
  return Response.json(
    { status: health.reachable ? 'ok' : 'unavailable', database: health },
    { status: health.reachable ? 200 : 503, headers: NO_STORE },
  );
}
