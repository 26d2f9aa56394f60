/**
 * Test helpers for the write routes: a write as the dashboard's own page sends it (same Origin, JSON, a fresh
 * Idempotency-Key unless one is given), a temporary AUDIT_LOG, and its lines; the stack a write test file runs on.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorBodySchema } from '@ice-console/shared/errors';
import { type AuditEntry, auditEntrySchema } from '@ice-console/shared/writes';
import { afterAll, beforeAll } from 'vitest';
import { startTestStack, type TestStack, type TestStackOptions } from './test-stack';

export interface WriteOptions {
  body?: unknown;
  /** Replaces the default headers given here; `undefined` removes one. */
  headers?: Record<string, string | undefined>;
  key?: string;
  cookie?: string;
}

export function sendWrite(
  url: string,
  method: 'POST' | 'DELETE',
  path: string,
  options: WriteOptions = {},
): Promise<Response> {
  const headers: Record<string, string | undefined> = {
    origin: url,
    'idempotency-key': options.key ?? randomUUID(),
    ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...(options.cookie === undefined ? {} : { cookie: options.cookie }),
    ...options.headers,
  };
  const body =
    options.body === undefined
      ? undefined
      : typeof options.body === 'string'
        ? options.body
        : JSON.stringify(options.body);
  return fetch(`${url}${path}`, {
    method,
    headers: Object.fromEntries(
      Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
    ...(body === undefined ? {} : { body }),
  });
}

export async function errorOf(response: Response) {
  return errorBodySchema.parse(await response.json()).error;
}

/** A fresh folder per test file; the log file inside it does not exist yet (the server creates it). */
export async function tempAuditLog(): Promise<{ path: string; remove: () => Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'ice-audit-'));
  return {
    path: join(folder, 'nested', 'audit.jsonl'),
    remove: () => rm(folder, { recursive: true, force: true }),
  };
}

/** Every line of the trail, oldest first, each checked against the contract. */
export async function auditLines(path: string): Promise<AuditEntry[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => auditEntrySchema.parse(JSON.parse(line)));
}

export async function signInCookie(url: string, token: string): Promise<string> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify({ token }),
  });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export interface WriteStack {
  /** The running stack, once the file's tests start. */
  readonly stack: TestStack;
  /** Where this file's audit trail is written. */
  readonly auditPath: string;
  /** Every line of this file's audit trail so far. */
  auditLines(): Promise<AuditEntry[]>;
}

/**
 * The stack a test file of the write routes runs against: writes on, its own audit trail (AUDIT_LOG in a fresh
 * folder), started before the file's tests and removed after them. `options.env` adds to that environment.
 */
export function useWriteStack(
  options: Omit<TestStackOptions, 'env'> & { env?: Record<string, string> } = {},
): WriteStack {
  let running: { stack: TestStack; audit: Awaited<ReturnType<typeof tempAuditLog>> } | undefined;
  beforeAll(async () => {
    const audit = await tempAuditLog();
    const stack = await startTestStack({
      ...options,
      env: { ICE_WRITES: 'on', AUDIT_LOG: audit.path, ...options.env },
    });
    running = { stack, audit };
  });
  afterAll(async () => {
    await running?.stack.close();
    await running?.audit.remove();
  });
  const started = () => {
    if (running === undefined) throw new Error('useWriteStack: the stack starts in beforeAll');
    return running;
  };
  return {
    get stack() {
      return started().stack;
    },
    get auditPath() {
      return started().audit.path;
    },
    auditLines: () => auditLines(started().audit.path),
  };
}
