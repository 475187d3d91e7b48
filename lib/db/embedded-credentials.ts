import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface RoleLogin {
  role: string;
  password: string;
}

/** The embedded PostgreSQL's two roles and their passwords, made on first start and kept in DATA_DIR. */
export interface EmbeddedCredentials {
  /** Sets the server up (roles, the database, ownership); never used by the app itself. */
  superuser: RoleLogin;
  /** What the app connects as: owns the database and its tables, and is no superuser. */
  app: RoleLogin;
}

export const CREDENTIALS_FILE = 'postgres-credentials.json';
/** The superuser every embedded data folder has had since initdb, older ones included. */
export const SUPERUSER = 'reading_room';
export const APP_ROLE = 'reading_room_app';

export const credentialsPath = (dataDir: string) => path.join(dataDir, CREDENTIALS_FILE);

/** Long enough that guessing is hopeless; URL-safe, so it goes into a connection URL as it is. */
export const newPassword = () => randomBytes(24).toString('base64url');

function isRoleLogin(value: unknown): value is RoleLogin {
  const login = value as Partial<RoleLogin> | null;
  return typeof login?.role === 'string' && login.role !== '' && typeof login.password === 'string' && login.password !== '';
}

/** The credentials kept in DATA_DIR, or null when there are none yet. */
export function readCredentials(dataDir: string): EmbeddedCredentials | null {
  const file = credentialsPath(dataDir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  // Someone loosened it (a copy, an archive unpacked with other permissions): only we may read it.
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  let parsed: Partial<EmbeddedCredentials>;
  try {
    parsed = JSON.parse(text) as Partial<EmbeddedCredentials>;
  } catch {
    parsed = {};
  }
  if (!isRoleLogin(parsed.superuser) || !isRoleLogin(parsed.app)) {
    throw new Error(
      `${file} is damaged: it must hold the embedded PostgreSQL's superuser and app logins as the ` +
        `reading room wrote them. Restore it from a backup of DATA_DIR.`,
    );
  }
  return { superuser: parsed.superuser, app: parsed.app };
}

/**
 * The credentials kept in DATA_DIR, made now with new random passwords when there are none. Two
 * processes starting at once agree: the file is linked into place only if it is still missing, and
 * the one that finds it there uses what the other wrote.
 */
export function ensureCredentials(dataDir: string): EmbeddedCredentials {
  const existing = readCredentials(dataDir);
  if (existing) return existing;
  const credentials: EmbeddedCredentials = {
    superuser: { role: SUPERUSER, password: newPassword() },
    app: { role: APP_ROLE, password: newPassword() },
  };
  const file = credentialsPath(dataDir);
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writePrivateFile(temporary, `${JSON.stringify(credentials, null, 2)}\n`);
  try {
    fs.linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readCredentials(dataDir)!;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return credentials;
}

/** A new file only its owner may read (0600), written through to the disk. */
export function writePrivateFile(file: string, text: string): void {
  const fd = fs.openSync(file, 'wx', 0o600);
  try {
    fs.writeFileSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
