/**
 * The dashboard's own sign-in, on when DASHBOARD_TOKEN is set: the token is compared in constant time, a session
 * is a random id in an HttpOnly, SameSite=Strict cookie (Secure under HTTPS). Each client address gets 5 attempts
 * a minute; beyond that, attempts are slowed down (sign-in-slow-lane.ts) rather than refused outright.
 * DASHBOARD_TOKEN signs in an editor, DASHBOARD_VIEWER_TOKEN (optional) a viewer; each session keeps its role.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '@ice-console/shared/session';
import type { Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ApiError } from '../api-error';
import { clientNetwork } from './client-network';
import { SignInSlowLane, tooManySignInAttempts } from './sign-in-slow-lane';

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
  private readonly viewerTokenDigest: Buffer | undefined;
  private readonly sessions = new LRUCache<string, Role>({ max: 10_000, ttl: SESSION_TTL_MS });
  private readonly freeAttempts = new RateLimiterMemory({ points: 5, duration: 60 });
  private readonly slowLane = new SignInSlowLane(1000, 5);

  constructor(
    token: string | undefined,
    viewerToken?: string,
    /** The cookie's Path: BASE_PATH, so the session goes only to this dashboard's own paths. */
    private readonly cookiePath = '/',
  ) {
    this.tokenDigest = token === undefined ? undefined : digest(token);
    this.viewerTokenDigest = viewerToken === undefined ? undefined : digest(viewerToken);
  }

  get enabled(): boolean {
    return this.tokenDigest !== undefined;
  }

  /** The session id of a signed-in request (the budget's fair shares go by it); undefined otherwise. */
  sessionOf(req: Request): string | undefined {
    const id = readCookie(req, SESSION_COOKIE);
    return id !== undefined && this.sessions.has(id) ? id : undefined;
  }

  /** The role of this request: its session's, or editor for the local user when sign-in is off. */
  roleOf(req: Request): Role | undefined {
    if (!this.enabled) return 'editor';
    const id = this.sessionOf(req);
    return id === undefined ? undefined : this.sessions.get(id);
  }

  isSignedIn(req: Request): boolean {
    return !this.enabled || this.sessionOf(req) !== undefined;
  }

  /** Refuses API calls without a session, except the ones the sign-in page itself needs. */
  readonly requireSession: RequestHandler = (req, _res, next) => {
    if (this.isSignedIn(req)) return next();
    next(new ApiError(401, 'SignInRequired', 'Sign in to use this dashboard.'));
  };

  /** Whether this client has used up its free attempts of the minute. */
  private async overFreeAttempts(client: string): Promise<boolean> {
    try {
      await this.freeAttempts.consume(client);
      return false;
    } catch (error) {
      if (error instanceof RateLimiterRes) return true;
      throw error;
    }
  }

  async signIn(req: Request, res: Response, token: unknown): Promise<Role> {
    const client = clientNetwork(req.ip);
    const slowed = await this.overFreeAttempts(client);
    if (slowed) await this.slowLane.wait(client);
    const given = typeof token === 'string' ? digest(token) : undefined;
    // Both compared every time, so the answer's timing does not tell which token was nearly right.
    const isEditor = given !== undefined && !!this.tokenDigest && timingSafeEqual(given, this.tokenDigest);
    const isViewer =
      given !== undefined && !!this.viewerTokenDigest && timingSafeEqual(given, this.viewerTokenDigest);
    if (!isEditor && !isViewer) {
      if (slowed) throw tooManySignInAttempts(Math.ceil(this.slowLane.stepMs / 1000), true);
      throw new ApiError(401, 'InvalidToken', 'That token is not right.', { field: 'token' });
    }
    const id = randomBytes(32).toString('base64url');
    const role: Role = isEditor ? 'editor' : 'viewer';
    this.sessions.set(id, role);
    res.cookie(SESSION_COOKIE, id, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: this.cookiePath,
      maxAge: SESSION_TTL_MS,
    });
    return role;
  }

  signOut(req: Request, res: Response): void {
    const id = readCookie(req, SESSION_COOKIE);
    if (id !== undefined) this.sessions.delete(id);
    res.clearCookie(SESSION_COOKIE, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: this.cookiePath,
    });
  }
}
