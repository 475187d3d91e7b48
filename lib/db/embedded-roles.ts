import type pg from 'pg';
import { quoteIdent } from '../ops/backup-format';
import type { RoleLogin } from './embedded-credentials';

/*
 * What the embedded server's superuser sets up, on every start (each step does nothing when done
 * already): the app's role, with its password, and the app's database owned by it, with every
 * object in it that the superuser owned handed over. A data folder made before the app had a role
 * of its own, where the superuser owned everything, is brought over by the same steps.
 *
 * Values reach SQL only as bound parameters: a role's password cannot be one in `ALTER ROLE`, so
 * it is put into a setting of this session and `format(%L)` quotes it inside the server.
 */

/** Sets a role's password without its text ever being part of an SQL statement. */
export async function setPassword(client: pg.Client, login: RoleLogin): Promise<void> {
  await client.query(`SELECT set_config('reading_room.role', $1, false), set_config('reading_room.password', $2, false)`, [
    login.role,
    login.password,
  ]);
  try {
    await client.query(`DO $$ BEGIN
      EXECUTE format('ALTER ROLE %I PASSWORD %L', current_setting('reading_room.role'), current_setting('reading_room.password'));
    END $$`);
  } finally {
    await client.query(`SELECT set_config('reading_room.password', '', false)`);
  }
}

/** The app's role: may log in, is no superuser, may not make roles or replicate. */
export async function ensureAppRole(client: pg.Client, app: RoleLogin): Promise<void> {
  await client.query(`SELECT set_config('reading_room.role', $1, false)`, [app.role]);
  await client.query(`DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = current_setting('reading_room.role')) THEN
      EXECUTE format('CREATE ROLE %I', current_setting('reading_room.role'));
    END IF;
    EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS', current_setting('reading_room.role'));
  END $$`);
  await setPassword(client, app);
}

/** Creates the database, owned by `owner`, unless it exists. */
export async function ensureDatabaseOwnedBy(client: pg.Client, database: string, owner: string): Promise<void> {
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (rowCount) return;
  await client.query(`CREATE DATABASE ${quoteIdent(database)} OWNER ${quoteIdent(owner)} ENCODING 'UTF8'`);
}

/**
 * Run connected to the app's database as the superuser: makes `owner` the owner of the database
 * and of what the superuser owns in it (schemas, tables, views, sequences, functions, types), in
 * one transaction. Objects of extensions stay with their extension, and PostgreSQL's own
 * catalogs with the superuser (which is why `REASSIGN OWNED` cannot be used: the superuser made by
 * initdb owns them).
 */
export async function handOverDatabase(client: pg.Client, owner: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(`SELECT set_config('reading_room.owner', $1, true)`, [owner]);
    await client.query(`DO $$
    DECLARE
      owner text := current_setting('reading_room.owner');
      item record;
    BEGIN
      IF (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) <> owner THEN
        EXECUTE format('ALTER DATABASE %I OWNER TO %I', current_database(), owner);
      END IF;
      FOR item IN
        SELECT n.oid, n.nspname FROM pg_namespace n
        WHERE n.nspowner = current_user::regrole AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
      LOOP
        EXECUTE format('ALTER SCHEMA %I OWNER TO %I', item.nspname, owner);
      END LOOP;
      -- Indexes, and sequences that belong to a column, follow their table.
      FOR item IN
        SELECT c.oid::regclass AS name,
               CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                              WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END AS kind
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relowner = current_user::regrole AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
          AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
          AND NOT (c.relkind = 'S' AND EXISTS (
            SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
              AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))
      LOOP
        EXECUTE format('ALTER %s %s OWNER TO %I', item.kind, item.name, owner);
      END LOOP;
      FOR item IN
        SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE p.proowner = current_user::regrole AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
      LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO %I', item.name, owner);
      END LOOP;
      -- Types of their own only: a table's row type follows the table, an array type its element.
      FOR item IN
        SELECT t.oid::regtype AS name, CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END AS kind
        FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE t.typowner = current_user::regrole AND t.typtype IN ('c', 'd', 'e', 'r')
          AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
          AND (t.typtype <> 'c' OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
          AND NOT EXISTS (SELECT FROM pg_type e WHERE e.typarray = t.oid)
          AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype = 'e')
      LOOP
        EXECUTE format('ALTER %s %s OWNER TO %I', item.kind, item.name, owner);
      END LOOP;
    END $$`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
