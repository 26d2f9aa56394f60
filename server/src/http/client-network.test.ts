import { describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';
import { clientNetwork } from './client-network';

describe('clientNetwork', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:DB8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::ffff:198.51.100.7', '198.51.100.7'],
    ['::ffff:c633:6407', '198.51.100.7'],
    [undefined, 'unknown'],
  ])('when the client is %s, then it counts as %s', (ip, expected) => {
    expect(clientNetwork(ip)).toBe(expected);
  });

  it('when two addresses differ only in their last 64 bits, then they are one client; another /64 is another', () => {
    expect(clientNetwork('2001:db8:7:7:1::1')).toBe(clientNetwork('2001:db8:7:7:ffff:1:2:3'));
    expect(clientNetwork('2001:db8:7:8::1')).not.toBe(clientNetwork('2001:db8:7:7::1'));
  });
});

describe('sign-in pacing behind a proxy, for IPv6 clients', () => {
  let stack: TestStack | undefined;
  const TOKEN = 'Client-network-token-8Jw3Rt6Yq1Zp';
  const signIn = (url: string, forwardedFor: string) =>
    fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url, 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ token: 'a-wrong-guess' }),
    });

  it('when one client rotates through its /64, then its guesses are counted together; its neighbour is not slowed', async () => {
    stack = await startTestStack({ env: { DASHBOARD_TOKEN: TOKEN, TRUST_PROXY: '1' } });
    try {
      const statuses = [];
      for (let i = 1; i <= 6; i++) statuses.push((await signIn(stack.url, `2001:db8:5:5::${i}`)).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      expect((await signIn(stack.url, '2001:db8:5:6::1')).status).toBe(401);
    } finally {
      await stack.close();
    }
  });
});
