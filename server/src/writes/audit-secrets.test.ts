/** The audit trail holds what people need to read and nothing that opens a door: no key, token or cookie. */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { auditLines, sendWrite, signInCookie, tempAuditLog } from '../testing/write-client';

const STS_KEY = { accessKeyId: 'STS.emuTemp', accessKeySecret: 'emuTempSecret', securityToken: 'emuToken' };
const EDITOR_TOKEN = 'Editor-token-5Rw8Kq2Zm7Xc4Vb1Nt9Hy';
const VIEWER_TOKEN = 'Viewer-token-3Pj6Ld9Fs2Gh8Qw5Er1Tz';

let stack: TestStack;
let audit: Awaited<ReturnType<typeof tempAuditLog>>;
beforeAll(async () => {
  audit = await tempAuditLog();
  stack = await startTestStack({
    key: STS_KEY,
    env: {
      ICE_WRITES: 'on',
      AUDIT_LOG: audit.path,
      DASHBOARD_TOKEN: EDITOR_TOKEN,
      DASHBOARD_VIEWER_TOKEN: VIEWER_TOKEN,
    },
  });
});
afterAll(async () => {
  await stack.close();
  await audit.remove();
});

describe('the audit trail and secrets', () => {
  it('when editors and viewers write, succeed, fail and are refused, then every attempt has its lines and no secret is in the file', async () => {
    const editor = await signInCookie(stack.url, EDITOR_TOKEN);
    const viewer = await signInCookie(stack.url, VIEWER_TOKEN);
    const view = { region: 'cn-beijing', algorithm: 'label' } as const;
    const key = crypto.randomUUID();
    const attempts = [
      await sendWrite(stack.url, 'POST', '/api/libraries', {
        cookie: editor,
        key,
        body: { ...view, libName: 'Kept' },
      }),
      await sendWrite(stack.url, 'POST', '/api/libraries', {
        cookie: editor,
        key,
        body: { ...view, libName: 'Kept' },
      }),
      await sendWrite(stack.url, 'POST', '/api/libraries', {
        cookie: viewer,
        body: { ...view, libName: 'No' },
      }),
      await sendWrite(stack.url, 'POST', '/api/libraries', {
        cookie: editor,
        body: { ...view, libName: '' },
      }),
      await sendWrite(stack.url, 'DELETE', `/api/libraries/missing?region=cn-beijing&algorithm=label`, {
        cookie: editor,
      }),
    ];
    expect(attempts.map((response) => response.status)).toEqual([201, 201, 403, 400, 502]);
    const lines = await auditLines(audit.path);
    expect(lines.map((line) => `${line.phase} ${line.role} ${line.outcome ?? ''}`.trim())).toEqual([
      'intent editor',
      'outcome editor ok',
      'replayed editor ok',
      'refused viewer ReadOnlySession',
      'refused editor InvalidBody',
      'intent editor',
      'outcome editor InvalidParameter',
    ]);
    const text = await readFile(audit.path, 'utf8');
    const cookieValues = [editor, viewer].map((cookie) => cookie.split('=')[1] ?? 'missing');
    for (const secret of [...Object.values(STS_KEY), EDITOR_TOKEN, VIEWER_TOKEN, ...cookieValues, key]) {
      expect(text).not.toContain(secret);
    }
  });
});
