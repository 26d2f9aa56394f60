/**
 * The dashboard's own sign-in, on when DASHBOARD_TOKEN is set: the token is compared in constant time, a session
 * is a random id in an HttpOnly, SameSite=Strict cookie (Secure under HTTPS), attempts are rate limited per client.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ApiError } from '../api-error';

export const SESSION_COOKIE = 'ice_console_session';
const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export class SignIn {
  private readonly tokenDigest: Buffer | undefined;
  private readonly sessions = new LRUCache<string, true>({ max: 10_000, ttl: SESSION_TTL_MS });
  private readonly attempts = new RateLimiterMemory({ points: 5, duration: 60 });

  constructor(token: string | undefined) {
    this.tokenDigest = token === undefined ? undefined : digest(token);
  }

  get enabled(): boolean {
    return this.tokenDigest !== undefined;
  }

  isSignedIn(req: Request): boolean {
    if (!this.enabled) return true;
    const id = readCookie(req, SESSION_COOKIE);
    return id !== undefined && this.sessions.has(id);
  }

  /** Refuses API calls without a session, except the ones the sign-in page itself needs. */
  readonly requireSession: RequestHandler = (req, _res, next) => {
    if (this.isSignedIn(req)) return next();
    next(new ApiError(401, 'SignInRequired', 'Sign in to use this dashboard.'));
  };

  async signIn(req: Request, res: Response, token: unknown): Promise<void> {
    try {
      await this.attempts.consume(req.ip ?? 'unknown');
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new ApiError(429, 'TooManySignInAttempts', 'Too many sign-in attempts; wait and try again.', {
        retryable: true,
        retryAfterSeconds,
      });
    }
    const given = typeof token === 'string' ? digest(token) : undefined;
    if (!this.tokenDigest || !given || !timingSafeEqual(given, this.tokenDigest)) {
      throw new ApiError(401, 'InvalidToken', 'That token is not right.', { field: 'token' });
    }
    const id = randomBytes(32).toString('base64url');
    this.sessions.set(id, true);
    res.cookie(SESSION_COOKIE, id, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: '/',
      maxAge: SESSION_TTL_MS,
    });
  }

  signOut(req: Request, res: Response): void {
    const id = readCookie(req, SESSION_COOKIE);
    if (id !== undefined) this.sessions.delete(id);
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
  }
}
