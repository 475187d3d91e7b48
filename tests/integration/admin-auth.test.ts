import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapAdminFromEnv, createAdmin } from '../../lib/auth/admins';
import { createSession, hashToken, IDLE_MS, revokeSession, verifySession } from '../../lib/auth/sessions';
import { signIn } from '../../lib/auth/sign-in';
import { db } from '../../lib/db/client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

let database: TestDatabase;
const PASSWORD = 'a long enough password';
const noSleep = { sleep: async () => {} };

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describe('admin accounts', () => {
  it('bootstraps from ADMIN_EMAIL/ADMIN_PASSWORD only when there is no admin', async () => {
    expect(await bootstrapAdminFromEnv({ ADMIN_EMAIL: 'First@Example.org', ADMIN_PASSWORD: PASSWORD })).toMatch(
      /Created admin first@example.org/,
    );
    expect(await bootstrapAdminFromEnv({ ADMIN_EMAIL: 'second@example.org', ADMIN_PASSWORD: PASSWORD })).toBeNull();
    expect(await db().adminUser.count()).toBe(1);
    const row = await db().adminUser.findUniqueOrThrow({ where: { email: 'first@example.org' } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(PASSWORD);
  });

  it('refuses duplicates (case-insensitively) and short passwords', async () => {
    expect(await createAdmin('FIRST@example.org ', PASSWORD)).toEqual({ status: 'exists', email: 'first@example.org' });
    expect((await createAdmin('new@example.org', 'short')).status).toBe('invalid');
    expect((await createAdmin('not-an-address', PASSWORD)).status).toBe('invalid');
  });
});

describe('sign-in and sessions', () => {
  it('signs in with the right password, in any letter case of the address', async () => {
    const result = await signIn('First@Example.ORG', PASSWORD, { ip: '10.0.0.1' }, noSleep);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    const admin = await verifySession(result.token);
    expect(admin?.email).toBe('first@example.org');
    // Only the hash of the token is stored.
    expect(await db().adminSession.findUnique({ where: { id: result.token } })).toBeNull();
    expect(await db().adminSession.findUnique({ where: { id: hashToken(result.token) } })).not.toBeNull();
    await revokeSession(result.token);
    expect(await verifySession(result.token)).toBeNull();
  });

  it('refuses a wrong password and an unknown account alike', async () => {
    expect(await signIn('first@example.org', 'wrong password!!', { ip: '10.0.0.2' }, noSleep)).toEqual({ status: 'invalid' });
    expect(await signIn('nobody@example.org', PASSWORD, { ip: '10.0.0.2' }, noSleep)).toEqual({ status: 'invalid' });
  });

  it('expires idle sessions and rejects forged tokens', async () => {
    const user = await db().adminUser.findFirstOrThrow();
    const start = new Date('2026-01-01T00:00:00Z');
    const { token } = await createSession(user.id, {}, start);
    expect(await verifySession(token, new Date(start.getTime() + IDLE_MS - 1000))).not.toBeNull();
    const later = new Date(start.getTime() + 3 * IDLE_MS);
    expect(await verifySession(token, later)).toBeNull();
    expect(await verifySession('x'.repeat(43))).toBeNull();
    expect(await verifySession("' OR 1=1 --")).toBeNull();
  });

  it('slows down, then locks an account after five failures, even for the right password', async () => {
    const delays: number[] = [];
    const sleep = async (ms: number) => void delays.push(ms);
    await createAdmin('locked@example.org', PASSWORD);
    const results = [];
    for (let i = 0; i < 5; i++)
      results.push((await signIn('locked@example.org', `wrong ${i} password`, { ip: `10.1.0.${i}` }, { sleep })).status);
    expect(results).toEqual(['invalid', 'invalid', 'invalid', 'invalid', 'locked']);
    expect(delays.length).toBeGreaterThan(0);
    const locked = await signIn('LOCKED@example.org', PASSWORD, { ip: '10.1.0.99' }, { sleep });
    expect(locked).toMatchObject({ status: 'locked' });
    if (locked.status === 'locked') expect(locked.retryAfterMinutes).toBeGreaterThanOrEqual(14);
    // Another account from the same addresses is not affected.
    await createAdmin('other@example.org', PASSWORD);
    expect((await signIn('other@example.org', PASSWORD, { ip: '10.1.0.1' }, { sleep })).status).toBe('ok');
  });

  it('locks an address that tries many accounts', async () => {
    const statuses = [];
    for (let i = 0; i < 21; i++)
      statuses.push((await signIn(`guess${i}@example.org`, 'wrong password here', { ip: '10.9.9.9' }, noSleep)).status);
    expect(statuses.at(-1)).toBe('locked');
    expect((await signIn('other@example.org', PASSWORD, { ip: '10.9.9.9' }, noSleep)).status).toBe('locked');
  });
});
