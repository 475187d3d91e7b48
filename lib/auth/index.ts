export { createAdmin, bootstrapAdminFromEnv, countAdmins, normaliseEmail } from './admins';
export type { CreateAdminResult } from './admins';
export { hashPassword, verifyPassword, passwordProblem, MIN_PASSWORD_LENGTH } from './password';
export { createSession, verifySession, revokeSession, SESSION_COOKIE } from './sessions';
export type { Admin } from './sessions';
export { signIn } from './sign-in';
export type { SignInResult } from './sign-in';
