/**
 * GET /images/<name>.svg: the demo pictures, unsigned, on every regional port, the way a public OSS bucket serves
 * objects. Anyone who can reach the port may fetch them (a dashboard opened from another machine too).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEMO_IMAGE_NAME, renderDemoImage } from './demo-image';

export const IMAGE_PREFIX = '/images/';

export function serveDemoImage(req: IncomingMessage, res: ServerResponse): void {
  const path = (req.url ?? '').split('?')[0] ?? '';
  const name = path.slice(IMAGE_PREFIX.length).replace(/\.svg$/, '');
  const found = path.endsWith('.svg') && DEMO_IMAGE_NAME.test(name);
  if (!found || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(found ? 405 : 404, { 'content-type': 'text/plain;charset=utf-8' });
    res.end(found ? 'method not allowed' : 'no such image');
    return;
  }
  const svg = renderDemoImage(name);
  res.writeHead(200, {
    'content-type': 'image/svg+xml',
    'content-length': Buffer.byteLength(svg),
    // The same name is always the same picture.
    'cache-control': 'public, max-age=86400, immutable',
    // Our SVGs hold no script; this keeps it so even if one were opened as a document.
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'x-content-type-options': 'nosniff',
    // Any page may show them, as it may an OSS object's.
    'cross-origin-resource-policy': 'cross-origin',
  });
  res.end(req.method === 'HEAD' ? undefined : svg);
}
