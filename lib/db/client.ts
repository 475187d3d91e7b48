import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

// One client per process. In development Next reloads modules, so the instance is kept on
// globalThis to avoid opening a new pool on every edit.
const globalForPrisma = globalThis as unknown as { readingRoomPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error('DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which set it.');
  }
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: Number(process.env.DB_POOL_SIZE ?? 10) }) });
}

export function db(): PrismaClient {
  globalForPrisma.readingRoomPrisma ??= createClient();
  return globalForPrisma.readingRoomPrisma;
}

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.readingRoomPrisma?.$disconnect();
  globalForPrisma.readingRoomPrisma = undefined;
}
