import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createAdmin } from '../../lib/auth/admins';
import { signIn } from '../../lib/auth/sign-in';
import { emailKey, LIMITS } from '../../lib/auth/throttle';
import { db } from '../../lib/db/client';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

// Every password check, for any account, goes through argon2's verify: counting its calls counts
// the checks the throttle let through.
const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const argon2 = await importOriginal<typeof import('@node-rs/argon2')>();
  return {
    ...argon2,
    verify: (...args: Parameters<typeof argon2.verify>) => {
      verifications.count += 1;
      return argon2.verify(...args);
    },
  };
});

let database: TestDatabase;
const PASSWORD = 'the right long password';
const noSleep = { sleep: async () => {} };

beforeAll(async () => {
  database = await createTestDatabase();
  await createAdmin('burst@example.org', PASSWORD);
});
afterAll(async () => {
  await database.drop();
});

it('lets at most five of 60 parallel wrong passwords from 60 addresses be checked, and then refuses the right one', async () => {
  verifications.count = 0;
  const results = await Promise.all(
    Array.from({ length: 60 }, (_, i) => signIn('burst@example.org', `wrong password number ${i}`, { ip: `192.0.2.${i + 1}` }, noSleep)),
  );
  expect(results.every((result) => result.status === 'invalid' || result.status === 'locked')).toBe(true);
  expect(verifications.count).toBeLessThanOrEqual(LIMITS.accountLockAfter);
  expect(verifications.count).toBeGreaterThan(0);
  // One attempt row per check, each still a failure.
  const rows = await db().signInAttempt.findMany({ where: { key: emailKey('burst@example.org') } });
  expect(rows).toHaveLength(verifications.count);
  expect(rows.every((row) => !row.success)).toBe(true);

  const before = verifications.count;
  expect(await signIn('burst@example.org', PASSWORD, { ip: '192.0.2.200' }, noSleep)).toMatchObject({ status: 'locked' });
  expect(verifications.count).toBe(before);
});
