import { apiError } from '@/lib/http/api-error';

// An address under /api that names no endpoint: a machine asked, so it gets JSON, not a page.
function unknownEndpoint(request: Request) {
  const { pathname } = new URL(request.url);
  return apiError(
    404,
    `There is no API endpoint at ${pathname}. The endpoints are /api/articles, /api/articles/export, /api/feed and /api/health.`,
  );
}

export { unknownEndpoint as GET, unknownEndpoint as POST, unknownEndpoint as PUT, unknownEndpoint as PATCH, unknownEndpoint as DELETE };
