import 'server-only';
import { isUnauthorised, requireAdminAction, type Admin } from '../auth/require-admin';
import { apiError } from './api-error';

const REFUSED = {
  401: { code: 'unauthorised', error: 'Sign in as an admin first; the session may have ended.' },
  403: { code: 'forbidden', error: 'This request did not come from the reading room’s own pages; send it from the admin pages.' },
} as const;

/**
 * Every route handler under app/api/admin, wrapped: the signed-in admin (a same-origin request
 * with a valid session) or a 401/403, and any error the handler did not expect answered as a 500
 * in the API's error shape, without details, and logged here.
 */
export function adminRoute<Context>(handler: (request: Request, admin: Admin, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    const admin = await requireAdminAction();
    if (isUnauthorised(admin)) {
      const { code, error } = REFUSED[admin.status];
      return apiError(admin.status, error, { code });
    }
    try {
      return await handler(request, admin, context);
    } catch (error) {
      console.error(`${request.method} ${new URL(request.url).pathname} failed:`, error);
      return apiError(
        500,
        'The server could not answer this request; nothing was changed. Try again, and tell the operator if it happens again.',
        {
          code: 'failed',
        },
      );
    }
  };
}
