import { databaseHealth } from '@/lib/db/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const health = await databaseHealth();
  return Response.json(
    { status: health.reachable ? 'ok' : 'unavailable', database: health },
    { status: health.reachable ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
