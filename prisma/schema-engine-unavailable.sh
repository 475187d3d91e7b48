#!/bin/sh
# Prisma's native schema engine cannot be downloaded on these machines (no network beyond the npm
# registry). `prisma generate` only needs this path to exist; migrations are plain SQL files under
# prisma/migrations applied by lib/db/migrate.ts (`npm run db:migrate`), so this is never meant to run.
echo "The Prisma schema engine is not installed here. Apply migrations with 'npm run db:migrate'." >&2
exit 1
