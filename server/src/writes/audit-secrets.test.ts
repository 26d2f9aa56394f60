/** The audit trail holds what people need to read and nothing that opens a door: no key, token or cookie. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sendWrite, signInCookie, useWriteStack } from '../testing/write-client';

const STS_KEY = { accessKeyId: 'STS.emuTemp', accessKeySecret: 'emuTempSecret', securityToken: 'emuToken' };
const EDITOR_TOKEN = 'Editor-token-5Rw8Kq2Zm7Xc4Vb1Nt9Hy';
const VIEWER_TOKEN = 'Viewer-token-3Pj6Ld9Fs2Gh8Qw5Er1Tz';

const writes = useWriteStack({
  key: STS_KEY,
  env: {
    DASHBOARD_TOKEN: EDITOR_TOKEN,
    DASHBOARD_VIEWER_TOKEN: VIEWER_TOKEN,
  },
});

describe('the audit trail and secrets', () => {
  it('when editors and viewers write, succeed, fail and are refused, then every attempt has its lines and no secret is in the file', async () => {
    const editor = await signInCookie(writes.stack.url, EDITOR_TOKEN);
    const viewer = await signInCookie(writes.stack.url, VIEWER_TOKEN);
    const view = { region: 'cn-beijing', algorithm: 'label' } as const;
    const key = crypto.randomUUID();
    const attempts = [
      await sendWrite(writes.stack.url, 'POST', '/api/libraries', {
        cookie: editor,
        key,
        body: { ...view, libName: 'Kept' },
      }),
      await sendWrite(writes.stack.url, 'POST', '/api/libraries', {
        cookie: editor,
        key,
        body: { ...view, libName: 'Kept' },
      }),
      await sendWrite(writes.stack.url, 'POST', '/api/libraries', {
        cookie: viewer,
        body: { ...view, libName: 'No' },
      }),
      await sendWrite(writes.stack.url, 'POST', '/api/libraries', {
        cookie: editor,
        body: { ...view, libName: '' },
      }),
      await sendWrite(
        writes.stack.url,
        'DELETE',
        `/api/libraries/missing?region=cn-beijing&algorithm=label`,
        {
          cookie: editor,
        },
      ),
    ];
    expect(attempts.map((response) => response.status)).toEqual([201, 201, 403, 400, 502]);
    const lines = await writes.auditLines();
    expect(lines.map((line) => `${line.phase} ${line.role} ${line.outcome ?? ''}`.trim())).toEqual([
      'intent editor',
      'outcome editor ok',
      'replayed editor ok',
      'refused viewer ReadOnlySession',
      'refused editor InvalidBody',
      'intent editor',
      'outcome editor InvalidParameter',
    ]);
    const text = await readFile(writes.auditPath, 'utf8');
    const cookieValues = [editor, viewer].map((cookie) => cookie.split('=')[1] ?? 'missing');
    for (const secret of [...Object.values(STS_KEY), EDITOR_TOKEN, VIEWER_TOKEN, ...cookieValues, key]) {
      expect(text).not.toContain(secret);
    }
  });
});
