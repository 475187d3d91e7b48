/**
 * The operations scripts take the database from DATABASE_URL (or the embedded PostgreSQL), never
 * from their arguments: a process's command line, password included, is readable by every local
 * user (`ps`, /proc/<pid>/cmdline), its environment only by its owner.
 */
const URL_ARGUMENT = /^(?:--database-url(?:=.*)?|postgres(?:ql)?:\/\/.*)$/i;

export function refuseDatabaseUrlArguments(argv: readonly string[], script: string): void {
  if (!argv.some((arg) => URL_ARGUMENT.test(arg))) return;
  throw new Error(
    `${script} takes no database URL on the command line, where every local user can read it (ps). ` +
      `Set DATABASE_URL in the environment instead (DATABASE_URL=postgresql://... npm run ${script} -- ...), ` +
      'or leave it unset to use the embedded database in DATA_DIR.',
  );
}
