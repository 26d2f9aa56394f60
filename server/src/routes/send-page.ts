/**
 * The one way a read route answers: from the page's prepared bytes (page-bytes.ts), with its ETag, so that the
 * browser's revalidation (If-None-Match) of a page it already holds gets a 304 with no body. The doors' headers
 * (security, X-Request-Id, Server-Timing) are already set when a route gets here, on 304s as on 200s.
 */
import type { Request, Response } from 'express';
import type { PageBytes, Representation } from '../ice/page-bytes';

/**
 * Authenticated data, so never in a shared cache (`private`); the browser may keep it but must ask before each
 * use (`no-cache`), which a cached page answers with a 304.
 */
export const PAGE_CACHE_CONTROL = 'private, no-cache';

/**
 * Refresh: `Cache-Control: no-cache` on the request asks us to call Alibaba Cloud again rather than answer from
 * our cache (the web app's fetch wrapper sends it; Chromium then also skips its own cache and sends no validator).
 */
export function bypassesCache(req: Request): boolean {
  const cacheControl = req.headers['cache-control'];
  return cacheControl !== undefined && /\bno-cache\b/i.test(cacheControl);
}

/** The quick look first: most clients that do not name gzip need no Accept-Encoding negotiation at all. */
function acceptsGzip(req: Request): boolean {
  return req.headers['accept-encoding']?.includes('gzip') === true && req.acceptsEncodings('gzip') === 'gzip';
}

function representationFor(req: Request, bytes: PageBytes): Representation {
  return bytes.compressible && acceptsGzip(req) ? bytes.gzipped : bytes.identity;
}

export interface PageFacts {
  bytes: PageBytes;
  /** How the page was served, for Server-Timing and the log; absent for answers made of several reads. */
  cache?: 'hit' | 'miss' | 'shared';
  upstreamMs?: number;
}

export function sendPage(req: Request, res: Response, facts: PageFacts): void {
  if (facts.cache !== undefined) res.locals.cache = facts.cache;
  if (facts.upstreamMs !== undefined) res.locals.upstreamMs = facts.upstreamMs;
  const { bytes } = facts;
  const chosen = representationFor(req, bytes);
  res.setHeader('Cache-Control', PAGE_CACHE_CONTROL);
  if (bytes.compressible) res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('ETag', chosen.etag);
  // `fresh` (Express's own check): If-None-Match against our ETag, weak comparison, and never on a request
  // that says no-cache.
  if (req.fresh) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  if (chosen.encoding !== undefined) res.setHeader('Content-Encoding', chosen.encoding);
  res.setHeader('Content-Length', chosen.body.length);
  res.end(chosen.body);
}
