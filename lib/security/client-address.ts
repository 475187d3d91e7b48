/**
 * The client's address, as the sign-in throttle counts it. X-Forwarded-For is written by whoever
 * sends the request, so only the entries appended by proxies we run can be believed:
 * TRUSTED_PROXY_HOPS says how many stand between the clients and this server. With 0 the address is
 * the socket's peer; with N it is the entry N places from the right of X-Forwarded-For (each proxy
 * appends the address that connected to it), and anything a client wrote further left is ignored.
 */

// An IPv6 address with a zone is at most 45 characters; anything longer is not an address.
const MAX_ADDRESS_LENGTH = 64;

/**
 * From the socket's peer and the X-Forwarded-For header(s) as received. Fewer entries than hops
 * means the request skipped the outer proxies: the furthest entry a trusted proxy wrote is used.
 */
export function clientAddressOf(forwardedFor: string | string[] | undefined, socketAddress: string | undefined, hops: number): string {
  const entries = [forwardedFor ?? []]
    .flat()
    .flatMap((value) => value.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Nearest first: the socket's peer, then what each trusted proxy appended, from the right.
  const chain = [socketAddress ?? 'unknown', ...entries.reverse()];
  return chain[Math.min(hops, chain.length - 1)]!.slice(0, MAX_ADDRESS_LENGTH);
}
