/** The AccessKeyId, secret, security token and dashboard token appear in no response, no log line, no built asset. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEB_DIST } from '../server/src/start-server';
import { startTestStack } from '../server/src/testing/test-stack';
import { recordFigure } from './scale';

const KEY = { accessKeyId: 'STS.emuTemp', accessKeySecret: 'emuTempSecret', securityToken: 'emuToken' };
const TOKEN = 'dashboard-token-for-the-secrets-scan';
const SECRETS = [
  KEY.accessKeyId,
  KEY.accessKeySecret,
  KEY.securityToken,
  TOKEN,
  'LTAIemuDemo',
  'emuDemoSecret',
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

describe('secrets', () => {
  it('when every route, error and fault has been exercised, then no secret is in any response, log line or built asset', async () => {
    const stack = await startTestStack({
      key: KEY,
      env: { DASHBOARD_TOKEN: TOKEN, LOG_LEVEL: 'trace', ICE_TIMEOUT_MS: '300', ICE_DEADLINE_MS: '900' },
    });
    const texts: string[] = [];
    const keep = async (response: Response) => {
      texts.push(JSON.stringify([...response.headers]), await response.text());
      return response;
    };
    try {
      const origin = stack.url;
      await keep(
        await stack.get('/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=1&pageSize=10'),
      );
      await keep(
        await fetch(`${stack.url}/api/session`, {
          method: 'POST',
          headers: { origin, 'content-type': 'application/json' },
          body: '{"token":"wrong"}',
        }),
      );
      const signIn = await keep(
        await fetch(`${stack.url}/api/session`, {
          method: 'POST',
          headers: { origin, 'content-type': 'application/json' },
          body: JSON.stringify({ token: TOKEN }),
        }),
      );
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const page = (n: number) =>
        `/api/libraries?region=cn-shanghai&algorithm=landmark&pageNumber=${n}&pageSize=10`;
      await keep(await stack.get(page(1), { cookie }));
      await keep(await stack.get('/api/libraries?region=mars', { cookie }));
      stack.emulator.faults.enqueue([
        'InternalError',
        'reset',
        'not-json',
        'truncated',
        'hang',
        'hang',
        'hang',
      ]);
      await keep(await stack.get(page(2), { cookie }));
      await keep(await stack.get(page(3), { cookie }));
      for (const path of ['/api/regions', '/api/session', '/api/health', '/api/nope'])
        await keep(await stack.get(path, { cookie }));
    } finally {
      await stack.close();
    }
    const assets = existsSync(WEB_DIST) ? filesUnder(WEB_DIST) : [];
    expect(assets.length).toBeGreaterThan(0);
    const haystacks = [...texts, ...stack.logs, ...assets.map((file) => readFileSync(file, 'latin1'))];
    const found = SECRETS.filter((secret) => haystacks.some((text) => text.includes(secret)));
    recordFigure('secrets', {
      responses: texts.length / 2,
      logLines: stack.logs.length,
      builtAssets: assets.length,
      secretsFound: found,
    });
    expect(found).toEqual([]);
  });
});
