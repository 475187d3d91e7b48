const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** Whether a host name or address reaches this machine only. */
export const isLoopbackName = (name: string) => LOOPBACK_NAMES.has(name) || /^127(?:\.\d{1,3}){3}$/.test(name);
