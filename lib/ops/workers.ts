import os from 'node:os';

/**
 * How many server processes `npm start` runs: `WEB_CONCURRENCY` (the name most hosts set), a whole
 * number from 1 to the machine's cores times two, or 1. One process renders pages on one core:
 * React's server rendering, not the database, is what a busy server waits on, so a machine with
 * spare cores serves more with more processes. The default stays 1 because the embedded
 * PostgreSQL shares the same cores, and a small machine is better off leaving it one.
 */
export function serverWorkers(value = process.env.WEB_CONCURRENCY, cores = os.availableParallelism()): number {
  if (value === undefined || value.trim() === '') return 1;
  if (!/^\d{1,3}$/.test(value.trim())) throw new Error(`WEB_CONCURRENCY must be a whole number of processes, got “${value}”.`);
  const n = Number(value);
  const most = Math.max(1, cores * 2);
  if (n < 1 || n > most) throw new Error(`WEB_CONCURRENCY must be between 1 and ${most} on this machine (${cores} cores), got ${n}.`);
  return n;
}
