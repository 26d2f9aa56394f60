/** Demo mode's sample pictures: same-origin URLs in the samples page, served here, allowed by the CSP. */
import { DEMO_EDGES } from '@ice-console/emulator';
import { samplePageSchema } from '@ice-console/shared/library-contents';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from '../testing/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ mode: 'demo' });
});
afterAll(() => stack.close());

describe('demo sample pictures', () => {
  it('when samples are listed in demo mode, then each picture is a same-origin URL this server answers as SVG', async () => {
    const edge = DEMO_EDGES.entityWith60Samples;
    const response = await stack.get(
      `/api/libraries/${edge.LibId}/samples?region=${edge.region}&algorithm=${edge.algorithm}&entityId=${edge.EntityId}&pageNumber=1&pageSize=10`,
    );
    const page = samplePageSchema.parse(await response.json());
    const url = page.samples[0]?.imageUrl ?? '';
    expect(url).toMatch(/^\/demo-images\/[A-Za-z0-9_-]+\.svg$/);
    const picture = await stack.get(url);
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toContain('image/svg+xml');
    expect(picture.headers.get('content-security-policy')).toContain('sandbox');
    expect(await picture.text()).toContain('<svg');
  });

  it('when a picture name is malformed, then nothing is drawn', async () => {
    const response = await stack.get('/demo-images/..%2Fpackage.json');
    expect(response.status).not.toBe(200);
  });

  it('when the page is served, then its CSP allows same-origin pictures and no other host in demo mode', async () => {
    const csp = (await stack.get('/api/health')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("img-src 'self' data:;");
  });
});

describe('cloud mode', () => {
  it('when the BFF runs against a real account, then https pictures are allowed and nothing else is widened', async () => {
    const cloud = await startTestStack();
    try {
      const csp = (await cloud.get('/api/health')).headers.get('content-security-policy') ?? '';
      expect(csp).toContain("img-src 'self' data: https:;");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("connect-src 'self';");
    } finally {
      await cloud.close();
    }
  });
});
