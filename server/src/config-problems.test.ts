import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { problemsOf } from './testing/config-problems';

describe('configuration problems: the given value, one wording, the reason for a limit', () => {
  it.each([
    ['PORT', 'abc', 'PORT: "abc" is not a port number from 0 to 65,535 (0 picks a free port).'],
    ['PORT', '70000', 'PORT: "70000" is not a port number from 0 to 65,535 (0 picks a free port).'],
    [
      'ICE_QPS_BUDGET',
      '80',
      'ICE_QPS_BUDGET: "80" is not a number of calls per second from 1 to 50 (the account allows 50 calls per second in all, shared with its other programs).',
    ],
    [
      'ICE_MAX_RETRIES',
      '5',
      'ICE_MAX_RETRIES: "5" is not a number of retries from 0 to 2 (each retry spends the account’s 50 calls per second, shared with its other programs).',
    ],
    [
      'CACHE_MAX_BYTES',
      '100000000',
      'CACHE_MAX_BYTES: "100000000" is not a size in bytes from 1,024 to 67,108,864 (npm start caps the server’s heap at 128 MiB, and the cache may take half of it).',
    ],
    ['ICE_MODE', 'cloudy', 'ICE_MODE: "cloudy" is not one of: auto, cloud, emulator.'],
    [
      'DEFAULT_REGION',
      'us-east-1',
      'DEFAULT_REGION: "us-east-1" is not one of: cn-beijing, cn-hangzhou, cn-shanghai, cn-shenzhen.',
    ],
    [
      'ICE_ENDPOINT_CN_SHANGHAI',
      'https://ice.example.com',
      'ICE_ENDPOINT_CN_SHANGHAI: "https://ice.example.com" is not host or host:port (no scheme, no path), e.g. ice.cn-shanghai.aliyuncs.com or 127.0.0.1:4100.',
    ],
    ['ICE_TIMEOUT_MS', '1.5', 'ICE_TIMEOUT_MS: "1.5" is not a time in milliseconds from 100 to 60,000'],
  ])('when %s is "%s", then the problem reads as one sentence with the value', (name, value, expected) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.startsWith(expected)).toBe(true);
  });

  it('when a secret is wrong, then its value is never shown, only its length', () => {
    const token = 'abcabcabcabcabcabcabcabcabcabcabcabc';
    const problems = problemsOf({ DASHBOARD_TOKEN: token, HTTPS_PROXY: 'socks5://bob:hunter2@proxy:1080' });
    expect(problems).toEqual([
      expect.stringMatching(
        /^DASHBOARD_TOKEN: \(hidden, 36 characters\) is too weak: it must be at least 32/,
      ),
      'HTTPS_PROXY: "socks5://****@proxy:1080" is not a proxy URL: give http://host:port (user:password@ allowed; https:// for a TLS proxy; no SOCKS).',
    ]);
    expect(problems.join('\n')).not.toMatch(/abcabc|hunter2|bob/);
  });

  it('when several variables are wrong, then every problem is listed at once', () => {
    const problems = problemsOf({
      PORT: 'x',
      ICE_QPS_BUDGET: '0',
      ALLOWED_HOSTS: 'http://dash.example.com',
      LOG_LEVEL: 'loud',
    });
    expect(problems.map((problem) => problem.split(':')[0])).toEqual([
      'PORT',
      'ICE_QPS_BUDGET',
      'ALLOWED_HOSTS',
      'LOG_LEVEL',
    ]);
  });

  it('when the deadline is shorter than one call, then both values and the reason are given', () => {
    expect(problemsOf({ ICE_TIMEOUT_MS: '3000', ICE_DEADLINE_MS: '2000' })).toEqual([
      'ICE_DEADLINE_MS: "2000" is shorter than ICE_TIMEOUT_MS (3000); it must leave room for one call.',
    ]);
  });
});

describe('ALLOWED_HOSTS', () => {
  it('when entries are host names, with or without a port, then they are kept in lower case', () => {
    expect(
      loadConfig({ ALLOWED_HOSTS: ' Dash.Example.com, dash.example.com:8443,10.0.0.5,[fd00::1]:443' })
        .allowedHosts,
    ).toEqual(['dash.example.com', 'dash.example.com:8443', '10.0.0.5', '[fd00::1]:443']);
  });

  it.each([
    'https://dash.example.com',
    'dash.example.com/ice',
    'dash example.com',
    '*.example.com',
    'dash.example.com:99999',
    'dash_example.com',
  ])('when an entry is "%s", then it is refused, naming the entry and the form that works', (entry) => {
    const problems = problemsOf({ ALLOWED_HOSTS: `ok.example.com,${entry}` });
    expect(problems).toEqual([
      `ALLOWED_HOSTS: "${entry.toLowerCase()}" is not a host name: give names such as dash.example.com or dash.example.com:8443, comma-separated, without a scheme, path, space or wildcard.`,
    ]);
  });
});

describe('the outbound proxy settings', () => {
  it('when the lower-case and upper-case forms are both set, then the lower-case one wins, as in curl', () => {
    const config = loadConfig({
      HTTPS_PROXY: 'http://upper:3128',
      https_proxy: 'http://lower:3128',
      HTTP_PROXY: 'http://plain:3128',
      NO_PROXY: 'localhost, .internal ,10.0.0.5',
    });
    expect(config.outboundProxy).toEqual({
      httpsProxy: 'http://lower:3128',
      httpProxy: 'http://plain:3128',
      noProxy: ['localhost', '.internal', '10.0.0.5'],
    });
  });

  it('when nothing is set, then calls go direct', () => {
    expect(loadConfig({}).outboundProxy).toEqual({
      httpsProxy: undefined,
      httpProxy: undefined,
      noProxy: [],
    });
  });
});
