import { healthSchema } from '@ice-console/shared/health';
import { afterEach, describe, expect, it } from 'vitest';
import type { StaticKey } from '../ice/credentials';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { preflightRow } from './startup-report';

let stack: TestStack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

/** Everything the operator and a monitor see: the report, the preflight line, the log lines and /api/health. */
async function everythingShown(started: TestStack): Promise<{ text: string; health: unknown }> {
  const report = await started.server.startupReport;
  const result = await started.server.preflight;
  if (result === undefined) throw new Error('the preflight did not run');
  const health: unknown = await (await started.get('/api/health')).json();
  return {
    text: [...report, preflightRow(result.line), ...started.logs, JSON.stringify(health)].join('\n'),
    health,
  };
}

const ACCOUNTS: Array<[string, StaticKey, RegExp, object]> = [
  [
    'an allowed key',
    { accessKeyId: 'LTAIemuDemo', accessKeySecret: 'emuDemoSecret' },
    /preflight {3}ok: ListRecognitionLibs answered in cn-shanghai, \d+ landmark libraries/,
    { outcome: 'ok' },
  ],
  [
    'a key without the RAM policy',
    { accessKeyId: 'LTAIemuNoPerm', accessKeySecret: 'emuNoPermSecret' },
    /preflight {3}denied \(Forbidden\.RAM\): .*ice:ListRecognitionLibs.*"Action":\["ice:ListRecognitionLibs".*\(or the system policy AliyunICEReadOnlyAccess/,
    { outcome: 'denied', code: 'Forbidden.RAM' },
  ],
  [
    'a disabled key',
    { accessKeyId: 'LTAIemuDisabled', accessKeySecret: 'emuDisabledSecret' },
    /preflight {3}credentials refused \(InvalidAccessKeyId\.Inactive\): the AccessKey is disabled/,
    { outcome: 'credentials', code: 'InvalidAccessKeyId.Inactive' },
  ],
  [
    'an unknown key',
    { accessKeyId: 'LTAIunknownKey1234', accessKeySecret: 'someUnknownSecret' },
    /preflight {3}credentials refused \(InvalidAccessKeyId\.NotFound\): Alibaba Cloud does not know/,
    { outcome: 'credentials', code: 'InvalidAccessKeyId.NotFound' },
  ],
];

describe('the start-up report and preflight', () => {
  it.each(ACCOUNTS)(
    'when the account has %s, then the report and /api/health say so, and no secret is shown',
    async (_, key, line, preflight) => {
      stack = await startTestStack({ key, preflight: true });
      const { text, health } = await everythingShown(stack);
      expect(text).toMatch(line);
      expect(healthSchema.parse(health)).toEqual({
        status: 'ok',
        mode: 'cloud',
        preflight: { ...preflight, at: expect.any(String) },
      });
      expect(text).toContain(`AccessKeyId ${key.accessKeyId.slice(0, 4)}****`);
      expect(text).not.toContain(key.accessKeyId);
      expect(text).not.toContain(key.accessKeySecret);
      // Exactly one call, in the default region.
      expect(stack.emulator.stats().total).toBe(1);
      expect(stack.emulator.stats().byRegion['cn-shanghai']).toBe(1);
    },
  );

  it('when the endpoint refuses connections, then the server still serves and the preflight names host, port and cause', async () => {
    stack = await startTestStack({
      key: { accessKeyId: 'LTAIemuDemo', accessKeySecret: 'emuDemoSecret' },
      env: { ICE_ENDPOINT_CN_SHANGHAI: '127.0.0.1:9', ICE_MAX_RETRIES: '0' },
      preflight: true,
    });
    const { text, health } = await everythingShown(stack);
    expect(text).toMatch(
      /preflight {3}unreachable \(refused\): Alibaba Cloud at 127\.0\.0\.1:9 could not be reached: the connection was refused \(ECONNREFUSED\)/,
    );
    expect(healthSchema.parse(health).preflight).toEqual({
      outcome: 'unreachable',
      code: 'UpstreamUnreachable',
      cause: 'refused',
      at: expect.any(String),
    });
    // Health is open to anyone: the endpoint's host is left out of it.
    expect(JSON.stringify(health)).not.toContain('127.0.0.1');
    expect(text).not.toContain('emuDemoSecret');
  });

  it('when nothing is configured, then the report lists the mode, the key source, every endpoint, the budget, writes and the proxy', async () => {
    stack = await startTestStack({ mode: 'demo' });
    const report = await stack.server.startupReport;
    expect(report[0]).toBe(`ICE recognition console on ${stack.url}`);
    const shanghai = stack.emulator.endpoints['cn-shanghai'];
    expect(report.slice(1)).toEqual([
      '  mode        emulator (demo data from the built-in ICE emulator)',
      '  credentials the emulator’s demo key, AccessKeyId LTAI****',
      `  endpoints   cn-beijing  http://${stack.emulator.endpoints['cn-beijing']}`,
      `              cn-hangzhou http://${stack.emulator.endpoints['cn-hangzhou']}`,
      `              cn-shanghai http://${shanghai}  (default)`,
      `              cn-shenzhen http://${stack.emulator.endpoints['cn-shenzhen']}`,
      '  budget      10 calls per second (the account allows 50, shared with its other programs)',
      '  writes      off (ICE_WRITES=on turns them on)',
      '  proxy       not used (the emulator runs in this process)',
    ]);
    // Off unless asked for: tests that count calls see none at start-up.
    expect(stack.server.preflight).toBeUndefined();
    expect(healthSchema.parse(await (await stack.get('/api/health')).json()).preflight).toEqual({
      outcome: 'pending',
    });
  });
});
