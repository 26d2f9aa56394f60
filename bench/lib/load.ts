/** autocannon, with the few numbers the benchmarks report. */
import type { IncomingHttpHeaders } from 'node:http';
import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  statusCounts: Record<string, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  /** The path of each request, from a running counter, so concurrent requests can differ. */
  pathFor?: (n: number) => string;
  onResponse?: (status: number, headers: IncomingHttpHeaders) => void;
  headers?: Record<string, string>;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  let counter = 0;
  const { pathFor, onResponse } = options;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    ...(options.headers ? { headers: options.headers } : {}),
    requests: [
      {
        ...(pathFor ? { setupRequest: (request) => ({ ...request, path: pathFor(counter++) }) } : {}),
        ...(onResponse
          ? {
              onResponse: (status: number, _body: string, _context: object, headers?: IncomingHttpHeaders) =>
                onResponse(
                  status,
                  // autocannon passes raw header names; HTTP names are case-insensitive.
                  Object.fromEntries(
                    Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
                  ),
                ),
            }
          : {}),
      },
    ],
  });
  const statusCounts: Record<string, number> = {
    '1xx': result['1xx'],
    '2xx': result['2xx'],
    '3xx': result['3xx'],
    '4xx': result['4xx'],
    '5xx': result['5xx'],
  };
  return {
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statusCounts,
    non2xx: result.requests.total - result['2xx'],
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0
    ? Number.NaN
    : sorted.length % 2
      ? (sorted[mid] ?? 0)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
