/**
 * Read-your-writes with read replicas: a browser that has just written (any request but GET and
 * HEAD) gets this cookie for READ_PRIMARY_AFTER_WRITE_SECONDS, set by proxy.ts, and while it has
 * it its requests read from the primary (lib/ops/server.ts), which already holds what it wrote.
 */
export const READ_PRIMARY_COOKIE = 'rr-read-primary';

export const isWriteMethod = (method: string) => method !== 'GET' && method !== 'HEAD';

/** Whether a request must read from the primary: it writes, or its browser wrote a moment ago. */
export function readsPrimary(method: string, cookieHeader: string | null | undefined): boolean {
  return isWriteMethod(method) || (cookieHeader ?? '').split(/;\s*/).includes(`${READ_PRIMARY_COOKIE}=1`);
}
