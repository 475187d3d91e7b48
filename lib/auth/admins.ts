import { db } from '../db/client';
import { settings, type Settings } from '../env';
import { hashPassword, passwordProblem } from './password';

export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

export type CreateAdminResult =
  { status: 'created'; id: bigint; email: string } | { status: 'exists'; email: string } | { status: 'invalid'; error: string };

/** Creates an admin account; never overwrites an existing one. */
export async function createAdmin(emailInput: string, password: string): Promise<CreateAdminResult> {
  const email = normaliseEmail(emailInput);
  if (!EMAIL.test(email) || email.length > 254) return { status: 'invalid', error: `"${emailInput}" is not an e-mail address.` };
  const problem = passwordProblem(password);
  if (problem) return { status: 'invalid', error: problem };
  if (await db().adminUser.findUnique({ where: { email }, select: { id: true } })) return { status: 'exists', email };
  const passwordHash = await hashPassword(password);
  try {
    const row = await db().adminUser.create({ data: { email, passwordHash }, select: { id: true } });
    return { status: 'created', id: row.id, email };
  } catch (error) {
    // Two processes creating the same admin at once: the unique index decides.
    if ((error as { code?: string }).code === 'P2002') return { status: 'exists', email };
    throw error;
  }
}

export async function countAdmins(): Promise<number> {
  return db().adminUser.count();
}

/**
 * First start: with ADMIN_EMAIL and ADMIN_PASSWORD set and no admin yet, create that admin.
 * Returns a line for the log, or null when nothing was to be done.
 */
export async function bootstrapAdminFromEnv(
  { ADMIN_EMAIL: email, ADMIN_PASSWORD: password }: Pick<Settings, 'ADMIN_EMAIL' | 'ADMIN_PASSWORD'> = settings(),
): Promise<string | null> {
  if (!email || !password) return null;
  if ((await countAdmins()) > 0) return null;
  const result = await createAdmin(email, password);
  if (result.status === 'invalid') return `ADMIN_EMAIL/ADMIN_PASSWORD ignored: ${result.error}`;
  return result.status === 'created' ? `Created admin ${result.email} from ADMIN_EMAIL/ADMIN_PASSWORD.` : null;
}
