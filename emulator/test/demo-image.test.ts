/** The demo pictures: drawn here, the same for the same name, served unsigned, and only for plain names. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EDGES } from '../src/demo-edges';
import { renderDemoImage } from '../src/demo-image';
import { type Emulator, startEmulator } from '../src/start-emulator';
import { callAction, ok, rowsOf } from './call-action';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, imageBaseUrl: '/demo-images/' });
});
afterAll(() => emulator.close());

describe('renderDemoImage', () => {
  it('when rendering a name twice, then the same SVG; another name, another picture', () => {
    const svg = renderDemoImage('landmark-0123456789ab');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" [^>]*>.*<\/svg>$/s);
    expect(renderDemoImage('landmark-0123456789ab')).toBe(svg);
    expect(renderDemoImage('landmark-0123456789ac')).not.toBe(svg);
    expect(svg).not.toMatch(/<script|on\w+=|href=/i);
  });

  it.each(['../etc/passwd', '<script>', '', 'a'.repeat(65), 'name.svg'])(
    'when the name is %j, then it is refused',
    (name) => {
      expect(() => renderDemoImage(name)).toThrow(RangeError);
    },
  );
});

describe('GET /images/<name>.svg', () => {
  it('when a demo picture is fetched from any regional port without a signature, then an SVG that may be cached', async () => {
    for (const endpoint of Object.values(emulator.endpoints)) {
      const response = await fetch(`http://${endpoint}/images/face-00aa11bb22cc.svg`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/svg+xml');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toContain('max-age');
      expect(await response.text()).toBe(renderDemoImage('face-00aa11bb22cc'));
    }
  });

  it.each(['/images/', '/images/a.png', '/images/..%2Fx.svg', '/images/a%20b.svg'])(
    'when %s is asked for, then 404',
    async (path) => {
      expect((await fetch(`http://${emulator.endpoints['cn-beijing']}${path}`)).status).toBe(404);
    },
  );

  it('when imageBaseUrl is set, then demo ImageUrls start with it, so a BFF can serve them from its own origin', async () => {
    const { LibId, EntityId } = DEMO_EDGES.entityWith60Samples;
    const listed = await ok(
      callAction(
        emulator,
        'ListRecognitionSamples',
        { Algorithm: 'landmark', LibId, EntityId, PageNumber: '1', PageSize: '2' },
        { region: 'cn-shanghai' },
      ),
    );
    for (const sample of rowsOf(listed, 'Samples', 'Sample'))
      expect(sample.ImageUrl).toMatch(/^\/demo-images\/landmark-[0-9a-f]{12}\.svg$/);
  });
});
