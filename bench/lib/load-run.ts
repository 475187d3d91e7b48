import autocannon from 'autocannon';
import { pathPicker, type LoadMix, type RequestKind } from './load-mix';

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  /** Stop PostgreSQL this many seconds into the run, for `outageSeconds`, then start it again. */
  fault?: { atSeconds: number; outageSeconds: number; stopDatabase: () => Promise<void>; startDatabase: () => Promise<void> };
}

interface Sample {
  at: number;
  kind: RequestKind;
  status: number;
  ms: number;
}

export interface LatencySummary {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface FaultReport {
  stoppedAt: number;
  restartedAt: number;
  /** Answers while PostgreSQL was down, by status code. */
  duringOutage: Record<string, number>;
  /** From the stop to the first 503. */
  firstUnavailableAfterMs: number | null;
  /** From the database answering again to the first successful page. */
  recoveredAfterMs: number | null;
  /** 503s after the database was back (before the server noticed). */
  unavailableAfterRestart: number;
  /** From the database answering again to the last 503: how long the server kept refusing. */
  lastUnavailableAfterMs: number | null;
}

export interface LoadReport {
  seconds: number;
  connections: number;
  requests: number;
  throughput: number;
  statuses: Record<string, number>;
  /** Connection errors and timeouts: requests that got no HTTP answer. */
  errors: number;
  timeouts: number;
  overall: LatencySummary;
  byKind: Record<RequestKind, LatencySummary>;
  fault: FaultReport | null;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarise(samples: Sample[]): LatencySummary {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  return { requests: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), max: ms[ms.length - 1] ?? NaN };
}

const countBy = (samples: Sample[]) =>
  samples.reduce<Record<string, number>>((counts, s) => ({ ...counts, [s.status]: (counts[s.status] ?? 0) + 1 }), {});

/**
 * Drives the server with autocannon for a fixed time: every request picks its kind and path from
 * the mix, every answer is recorded with its time, kind, status and latency. With a fault, the
 * database is stopped and started again mid-run and the answers around the outage are reported.
 */
export async function runLoad(mix: LoadMix, options: LoadOptions): Promise<LoadReport> {
  const pick = pathPicker(mix);
  const samples: Sample[] = [];
  const started = Date.now();
  const autocannonOptions: autocannon.Options = {
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    requests: [
      {
        method: 'GET',
        setupRequest: (request, context) => {
          const next = pick();
          Object.assign(context, { kind: next.kind });
          return { ...request, path: next.path };
        },
      },
    ],
  };
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(autocannonOptions, (error, result) => (error ? reject(error) : resolve(result)));
    // The client's context still holds the finished request's kind: autocannon builds the next
    // request only after this event.
    instance.on('response', (client, status, _bytes, ms) => {
      const context = (client as unknown as { requestIterator?: { context?: { kind?: RequestKind } } }).requestIterator?.context;
      samples.push({ at: Date.now() - started, kind: context?.kind ?? 'list', status: status ?? 0, ms });
    });
  });

  let fault: { stoppedAt: number; restartedAt: number } | null = null;
  let faultDone: Promise<void> = Promise.resolve();
  if (options.fault) {
    const { atSeconds, outageSeconds, stopDatabase, startDatabase } = options.fault;
    faultDone = (async () => {
      await new Promise((resolve) => setTimeout(resolve, atSeconds * 1000));
      await stopDatabase();
      const stoppedAt = Date.now() - started;
      await new Promise((resolve) => setTimeout(resolve, outageSeconds * 1000));
      await startDatabase();
      fault = { stoppedAt, restartedAt: Date.now() - started };
    })();
  }
  const result = await finished;
  await faultDone;

  const byKind = Object.fromEntries(
    (['list', 'search', 'article'] as RequestKind[]).map((kind) => [kind, summarise(samples.filter((s) => s.kind === kind))]),
  ) as Record<RequestKind, LatencySummary>;
  return {
    seconds: options.seconds,
    connections: options.connections,
    requests: samples.length,
    throughput: samples.length / ((Date.now() - started) / 1000),
    statuses: countBy(samples),
    errors: result.errors,
    timeouts: result.timeouts,
    overall: summarise(samples),
    byKind,
    fault: fault && faultReport(samples, fault),
  };
}

function faultReport(samples: Sample[], fault: { stoppedAt: number; restartedAt: number }): FaultReport {
  const during = samples.filter((s) => s.at >= fault.stoppedAt && s.at < fault.restartedAt);
  const after = samples.filter((s) => s.at >= fault.restartedAt);
  const firstUnavailable = samples.find((s) => s.at >= fault.stoppedAt && s.status === 503);
  const firstOk = after.find((s) => s.status >= 200 && s.status < 400);
  return {
    ...fault,
    duringOutage: countBy(during),
    firstUnavailableAfterMs: firstUnavailable ? firstUnavailable.at - fault.stoppedAt : null,
    recoveredAfterMs: firstOk ? firstOk.at - fault.restartedAt : null,
    unavailableAfterRestart: after.filter((s) => s.status === 503).length,
    lastUnavailableAfterMs: (after.findLast((s) => s.status === 503)?.at ?? fault.restartedAt) - fault.restartedAt,
  };
}

const ms = (n: number) => (Number.isFinite(n) ? `${Math.round(n)} ms` : '-');

export function formatReport(report: LoadReport): string {
  const lines = [
    `${report.requests} requests in ${report.seconds} s at ${report.connections} connections: ${report.throughput.toFixed(1)} requests/s`,
    `status codes: ${
      Object.entries(report.statuses)
        .map(([status, n]) => `${status}: ${n}`)
        .join(', ') || 'none'
    }`,
    `errors (no answer): ${report.errors}, of which timeouts: ${report.timeouts}`,
    '',
    `${'kind'.padEnd(8)} ${'requests'.padStart(8)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)}`,
  ];
  for (const [kind, s] of [['all', report.overall], ...Object.entries(report.byKind)] as [string, LatencySummary][]) {
    lines.push(
      `${kind.padEnd(8)} ${String(s.requests).padStart(8)} ${ms(s.p50).padStart(8)} ${ms(s.p95).padStart(8)} ${ms(s.p99).padStart(8)} ${ms(s.max).padStart(8)}`,
    );
  }
  if (report.fault) {
    const f = report.fault;
    lines.push(
      '',
      `fault: PostgreSQL stopped at ${(f.stoppedAt / 1000).toFixed(1)} s, answering again at ${(f.restartedAt / 1000).toFixed(1)} s`,
      `  answers during the outage: ${
        Object.entries(f.duringOutage)
          .map(([status, n]) => `${status}: ${n}`)
          .join(', ') || 'none'
      }`,
      `  first 503 after the stop: ${f.firstUnavailableAfterMs === null ? 'none' : ms(f.firstUnavailableAfterMs)}`,
      `  503s after the restart: ${f.unavailableAfterRestart}, the last ${ms(f.lastUnavailableAfterMs ?? NaN)} after it`,
      `  first successful page after the restart: ${f.recoveredAfterMs === null ? 'never' : ms(f.recoveredAfterMs)} (a page's own time included)`,
    );
  }
  return lines.join('\n');
}
