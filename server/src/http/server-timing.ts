/**
 * Every response carries Server-Timing: total time, and for library calls the upstream time and the cache
 * outcome, so the BFF's own overhead is visible in the browser's dev tools and in benchmarks.
 */
import type { RequestHandler } from 'express';
import onHeaders from 'on-headers';

export const serverTiming: RequestHandler = (_req, res, next) => {
  const started = performance.now();
  onHeaders(res, () => {
    const parts: string[] = [];
    const { upstreamMs, cache } = res.locals;
    if (typeof upstreamMs === 'number') parts.push(`upstream;dur=${upstreamMs.toFixed(1)}`);
    parts.push(`total;dur=${(performance.now() - started).toFixed(1)}`);
    if (typeof cache === 'string') parts.push(`cache;desc=${cache}`);
    res.setHeader('Server-Timing', parts.join(', '));
  });
  next();
};
