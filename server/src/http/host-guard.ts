/**
 * DNS-rebinding defence: a page on another site can point its own hostname at 127.0.0.1, so a request is served
 * only when its Host is loopback or listed in ALLOWED_HOSTS.
 */
import type { RequestHandler } from 'express';
import { ApiError } from '../api-error';
import { isLoopback } from '../config';

export function hostName(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'));
  return host.replace(/:\d+$/, '');
}

export function hostGuard(allowedHosts: readonly string[]): RequestHandler {
  const allowed = new Set(allowedHosts.map(hostName));
  return (req, _res, next) => {
    const name = hostName(req.headers.host ?? '');
    if (name !== '' && (isLoopback(name) || allowed.has(name))) return next();
    next(new ApiError(403, 'HostNotAllowed', 'This host name is not allowed; add it to ALLOWED_HOSTS.'));
  };
}

/** State-changing requests must come from this dashboard's own pages. */
export const originGuard: RequestHandler = (req, _res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
  const origin = req.headers.origin;
  const host = req.headers.host;
  let sameOrigin = false;
  if (origin !== undefined && host !== undefined) {
    try {
      sameOrigin = new URL(origin).host === host;
    } catch {
      sameOrigin = false;
    }
  }
  if (sameOrigin) return next();
  next(new ApiError(403, 'OriginNotAllowed', 'This request must come from the dashboard itself.'));
};

const MAX_URL_LENGTH = 8192;

/** No route needs a long URL; refusing early keeps huge query strings away from parsing and logs. */
export const urlLengthLimit: RequestHandler = (req, _res, next) => {
  if (req.originalUrl.length <= MAX_URL_LENGTH) return next();
  next(new ApiError(414, 'UriTooLong', `The request URL is longer than ${MAX_URL_LENGTH} characters.`));
};
