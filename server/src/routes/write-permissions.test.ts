/** Who may write: ICE_WRITES, the editor and viewer tokens, the doors, and the account's RAM policy. */
import { READ_ONLY_ACCOUNT } from '@ice-console/emulator';
import { sessionSchema } from '@ice-console/shared/session';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { auditLines, errorOf, sendWrite, signInCookie, tempAuditLog } from '../testing/write-client';

const EDITOR_TOKEN = 'Editor-token-5Rw8Kq2Zm7Xc4Vb1Nt9Hy';
const VIEWER_TOKEN = 'Viewer-token-3Pj6Ld9Fs2Gh8Qw5Er1Tz';
const NEW_LIB = { region: 'cn-shanghai', algorithm: 'face', libName: 'Mine' } as const;

let stack: TestStack | undefined;
let audit: Awaited<ReturnType<typeof tempAuditLog>> | undefined;
afterEach(async () => {
  await stack?.close();
  await audit?.remove();
  stack = undefined;
  audit = undefined;
});

async function start(env: Record<string, string>, key?: { accessKeyId: string; accessKeySecret: string }) {
  audit = await tempAuditLog();
  stack = await startTestStack({ env: { AUDIT_LOG: audit.path, ...env }, ...(key ? { key } : {}) });
  return { stack, auditPath: audit.path };
}

describe('who may write', () => {
  it('when ICE_WRITES is not set, then every write is 403 WritesDisabled, audited as refused, and the session says writes are off', async () => {
    const { stack, auditPath } = await start({});
    const session = sessionSchema.parse(await (await stack.get('/api/session')).json());
    expect(session).toMatchObject({ writes: false, role: 'editor', signedIn: true });
    const created = await sendWrite(stack.url, 'POST', '/api/libraries', { body: NEW_LIB });
    const deleted = await sendWrite(
      stack.url,
      'DELETE',
      '/api/libraries/lib1?region=cn-shanghai&algorithm=face',
    );
    for (const response of [created, deleted]) {
      expect(response.status).toBe(403);
      expect((await errorOf(response)).message).toContain('ICE_WRITES=on');
    }
    expect(stack.emulator.stats().total).toBe(0);
    const lines = await auditLines(auditPath);
    expect(lines.map((line) => [line.phase, line.action, line.outcome])).toEqual([
      ['refused', 'CreateRecognitionLib', 'WritesDisabled'],
      ['refused', 'DeleteRecognitionLib', 'WritesDisabled'],
    ]);
    expect(lines[0]).toMatchObject({ region: 'cn-shanghai', algorithm: 'face', name: 'Mine' });
  });

  it('when a viewer signs in, then the session says viewer, writes are 403 ReadOnlySession, and the audit trail is readable', async () => {
    const { stack, auditPath } = await start({
      ICE_WRITES: 'on',
      DASHBOARD_TOKEN: EDITOR_TOKEN,
      DASHBOARD_VIEWER_TOKEN: VIEWER_TOKEN,
    });
    const viewer = await signInCookie(stack.url, VIEWER_TOKEN);
    const session = sessionSchema.parse(await (await stack.get('/api/session', { cookie: viewer })).json());
    expect(session).toEqual({
      signInRequired: true,
      signedIn: true,
      mode: 'cloud',
      writes: true,
      role: 'viewer',
    });
    const refused = await sendWrite(stack.url, 'POST', '/api/libraries', { body: NEW_LIB, cookie: viewer });
    expect(refused.status).toBe(403);
    expect((await errorOf(refused)).code).toBe('ReadOnlySession');
    expect(stack.emulator.stats().total).toBe(0);

    const editor = await signInCookie(stack.url, EDITOR_TOKEN);
    expect(await (await stack.get('/api/session', { cookie: editor })).json()).toMatchObject({
      role: 'editor',
    });
    const created = await sendWrite(stack.url, 'POST', '/api/libraries', { body: NEW_LIB, cookie: editor });
    expect(created.status).toBe(201);

    const trail = await stack.get('/api/audit?limit=2', { cookie: viewer });
    expect(trail.status).toBe(200);
    const { entries } = (await trail.json()) as { entries: Array<{ phase: string; role: string }> };
    expect(entries.map((entry) => `${entry.phase} ${entry.role}`)).toEqual([
      'outcome editor',
      'intent editor',
    ]);
    const refusals = await stack.get('/api/audit?action=CreateRecognitionLib&limit=1000', { cookie: viewer });
    expect(((await refusals.json()) as { entries: unknown[] }).entries).toHaveLength(3);
    const unknown = await stack.get('/api/audit?action=DropTable', { cookie: viewer });
    expect((await errorOf(unknown)).field).toBe('action');
    const lines = await auditLines(auditPath);
    expect(lines[0]).toMatchObject({ phase: 'refused', role: 'viewer', outcome: 'ReadOnlySession' });
    // Two sessions, two names; neither is the cookie's value.
    expect(lines[0]?.session).not.toBe(lines[1]?.session);
    expect(lines[0]?.session).toMatch(/^session [0-9a-f]{16}$/);
  });

  it('when signed out, then a write is 401 and nothing is sent or recorded', async () => {
    const { stack, auditPath } = await start({ ICE_WRITES: 'on', DASHBOARD_TOKEN: EDITOR_TOKEN });
    const response = await sendWrite(stack.url, 'POST', '/api/libraries', { body: NEW_LIB });
    expect(response.status).toBe(401);
    expect(await auditLines(auditPath)).toEqual([]);
  });

  it.each([
    ['another Origin', { origin: 'https://evil.example' }, 'OriginNotAllowed'],
    ['no Origin', { origin: undefined }, 'OriginNotAllowed'],
    ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }, 'CrossSiteRequest'],
  ])('when a write comes with %s, then it is 403 before anything else', async (_, headers, code) => {
    const { stack } = await start({ ICE_WRITES: 'on' });
    const response = await sendWrite(stack.url, 'POST', '/api/libraries', { body: NEW_LIB, headers });
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe(code);
    expect(stack.emulator.stats().total).toBe(0);
  });

  it('when the account may only list (ice:List*), then a create is 502 Forbidden.RAM naming the permission, tried once and audited', async () => {
    const { stack, auditPath } = await start({ ICE_WRITES: 'on' }, READ_ONLY_ACCOUNT);
    const response = await sendWrite(stack.url, 'POST', '/api/libraries', { body: NEW_LIB });
    expect(response.status).toBe(502);
    const error = await errorOf(response);
    expect(error.code).toBe('Forbidden.RAM');
    expect(error.message).toContain('User not authorized to operate on the specified resource');
    expect(error.message).toContain('ice:CreateRecognitionLib');
    expect(error.requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(error.retryable).toBe(false);
    expect(stack.emulator.stats().byActionAndCode).toEqual({ CreateRecognitionLib: { 'Forbidden.RAM': 1 } });
    const deleted = await sendWrite(
      stack.url,
      'DELETE',
      '/api/libraries/lib1?region=cn-shanghai&algorithm=face',
    );
    expect((await errorOf(deleted)).message).toContain('ice:DeleteRecognitionLib');
    const lines = await auditLines(auditPath);
    expect(lines.map((line) => `${line.phase} ${line.outcome ?? ''}`.trim())).toEqual([
      'intent',
      'outcome Forbidden.RAM',
      'intent',
      'outcome Forbidden.RAM',
    ]);
    expect(lines[1]?.upstreamRequestId).toBe(error.requestId);
  });
});
