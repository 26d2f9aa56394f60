import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

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
    expect(loadConfig({ HOST: '0.0.0.0', DASHBOARD_TOKEN: 'a-long-enough-token' }).host).toBe('0.0.0.0');
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
});
