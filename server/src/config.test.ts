import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { problemsOf } from './testing/config-problems';

const STRONG_TOKEN = 'Jx2Qv9LmR4tWz7Kp1Nc8Hd5Fs3Gb6Ye0';

describe('loadConfig', () => {
  it('when nothing is set, then it listens on 127.0.0.1:8080 in auto mode with the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      mode: 'auto',
      defaultRegion: 'cn-shanghai',
      protocol: 'https',
      signature: 'v3',
      timeoutMs: 3000,
      qpsBudget: 10,
      maxRetries: 2,
      cache: { ttlMs: 30_000 },
      useEcsMetadata: false,
    });
    expect(config.endpoints['cn-shenzhen']).toBe('ice.cn-shenzhen.aliyuncs.com');
  });

  it('when VPC endpoints and one override are asked for, then each region gets the right host', () => {
    const config = loadConfig({
      ICE_ENDPOINT_TYPE: 'vpc',
      ICE_ENDPOINT_CN_BEIJING: 'ice-proxy.internal:8443',
    });
    expect(config.endpoints).toEqual({
      'cn-beijing': 'ice-proxy.internal:8443',
      'cn-hangzhou': 'ice-vpc.cn-hangzhou.aliyuncs.com',
      'cn-shanghai': 'ice-vpc.cn-shanghai.aliyuncs.com',
      'cn-shenzhen': 'ice-vpc.cn-shenzhen.aliyuncs.com',
    });
  });

  it('when several values are bad, then every problem is listed by variable', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      ICE_QPS_BUDGET: '51',
      ICE_MODE: 'cloudy',
      DEFAULT_REGION: 'us-east-1',
      ICE_ENDPOINT_CN_SHANGHAI: 'https://ice.example.com',
    });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(
      ['DEFAULT_REGION', 'ICE_ENDPOINT_CN_SHANGHAI', 'ICE_MODE', 'ICE_QPS_BUDGET', 'PORT'].sort(),
    );
  });

  it('when binding beyond loopback without DASHBOARD_TOKEN, then it refuses to start and says what to set', () => {
    expect(problemsOf({ HOST: '0.0.0.0' })).toEqual([expect.stringContaining('set DASHBOARD_TOKEN')]);
    expect(loadConfig({ HOST: '0.0.0.0', DASHBOARD_TOKEN: STRONG_TOKEN }).host).toBe('0.0.0.0');
    expect(problemsOf({ HOST: '0.0.0.0', DASHBOARD_TOKEN: 'short' })).toEqual([
      expect.stringContaining('DASHBOARD_TOKEN'),
    ]);
  });

  it('when a variable is empty, then it counts as unset', () => {
    expect(loadConfig({ PORT: '', DASHBOARD_TOKEN: '' })).toMatchObject({
      port: 8080,
      dashboardToken: undefined,
    });
  });

  it('when the ECS role is named, then the credential chain may ask the metadata service', () => {
    expect(loadConfig({ ALIBABA_CLOUD_ECS_METADATA: 'dashboard-role' }).useEcsMetadata).toBe(true);
  });

  it.each([
    ['sixteen of one letter', 'aaaaaaaaaaaaaaaa'],
    ['31 random characters', STRONG_TOKEN.slice(1)],
    ['40 of one letter', 'a'.repeat(40)],
    ['a short piece repeated', 'abc123'.repeat(6)],
    ['two letters only', `${'ab'.repeat(16)}ba`],
  ])(
    'when DASHBOARD_TOKEN is %s, then start-up refuses it and prints a command that makes a strong one',
    (_, token) => {
      const problems = problemsOf({ DASHBOARD_TOKEN: token });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^DASHBOARD_TOKEN: .*32 characters/);
      expect(problems[0]).toContain(
        "node -e \"console.log(require('crypto').randomBytes(24).toString('base64url'))\"",
      );
      expect(problems[0]).not.toContain(token);
    },
  );

  it('when DASHBOARD_TOKEN is 32 random characters, or a long passphrase, then it is accepted', () => {
    expect(loadConfig({ DASHBOARD_TOKEN: STRONG_TOKEN }).dashboardToken).toBe(STRONG_TOKEN);
    const hex = '3f9a0c7be2d14856a1c09e7f3b2d6c84';
    expect(loadConfig({ DASHBOARD_TOKEN: hex }).dashboardToken).toBe(hex);
    const phrase = 'orbit kettle marble cactus violin sparrow';
    expect(loadConfig({ DASHBOARD_TOKEN: phrase }).dashboardToken).toBe(phrase);
  });

  it("when TRUST_PROXY is a hop count or the proxies' addresses, then Express gets exactly that", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: ' 10.0.0.0/8, 192.168.1.7 ,fd00::/8,uniquelocal' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '192.168.1.7',
      'fd00::/8',
      'uniquelocal',
    ]);
  });

  it('when TRUST_PROXY is true or not an address, then start-up refuses it and says which forms work', () => {
    for (const value of ['true', 'TRUE', 'yes', '10.0.0.0/33', 'proxy.example', '-1', '1.5']) {
      const problems = problemsOf({ TRUST_PROXY: value });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^TRUST_PROXY: /);
      expect(problems[0]).toMatch(/hop count/);
      expect(problems[0]).toMatch(/loopback/);
    }
    expect(problemsOf({ TRUST_PROXY: 'true' })[0]).toMatch(/X-Forwarded-For/);
  });

  it('when the HTTP timeouts are set, then they are read, and a request timeout shorter than the headers one is refused', () => {
    expect(loadConfig({}).httpTimeouts).toEqual({ headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 });
    expect(
      loadConfig({
        HTTP_HEADERS_TIMEOUT_MS: '500',
        HTTP_REQUEST_TIMEOUT_MS: '1000',
        HTTP_KEEP_ALIVE_TIMEOUT_MS: '0',
      }).httpTimeouts,
    ).toEqual({ headersMs: 500, requestMs: 1000, keepAliveMs: 0 });
    expect(problemsOf({ HTTP_HEADERS_TIMEOUT_MS: '5000', HTTP_REQUEST_TIMEOUT_MS: '1000' })).toEqual([
      expect.stringMatching(/^HTTP_REQUEST_TIMEOUT_MS: /),
    ]);
  });
});
