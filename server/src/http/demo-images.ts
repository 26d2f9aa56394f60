/**
 * Demo mode's sample pictures, served by this server so they show without internet and from any machine that
 * can open the dashboard (the emulator itself listens on loopback only). The emulator draws them; this route
 * only answers its SVG for a well-formed name.
 */
import type { RequestHandler } from 'express';

export const DEMO_IMAGES_PATH = '/demo-images/';
const NAME = /^([A-Za-z0-9_-]{1,64})\.svg$/;

export function demoImages(render: (name: string) => string): RequestHandler {
  return (req, res, next) => {
    const name = NAME.exec(req.path.slice(1))?.[1];
    if (name === undefined) return next();
    res.setHeader('Cache-Control', 'public, max-age=86400');
    // An SVG opened on its own must not run anything, whatever it holds.
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox");
    res.type('image/svg+xml').send(render(name));
  };
}
