/**
 * helmet with a strict Content-Security-Policy: only our own scripts, styles and API; no framing. Images may
 * also come from where sample images really live: in cloud mode the service returns whatever http(s) URL a
 * sample was created with (the user's own storage, OSS), so `https:` is the narrowest source that works without
 * knowing those hosts; in demo mode the pictures are served by this server itself.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export function securityHeaders(options: { imageSources: readonly string[] }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...options.imageSources],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false,
    frameguard: { action: 'deny' },
  });
}
