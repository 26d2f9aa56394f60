/**
 * Behind a reverse proxy without TRUST_PROXY, every client has the proxy's address: one attacker's wrong tokens
 * slow down everyone's sign-in, and cookies lose Secure. Requests that carry forwarding headers while trust is off
 * give that away, so the first one logs a warning that says what to set.
 */
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

const FORWARDING_HEADERS = ['x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'forwarded'];

export function forwardedHeadersWarning(logger: Logger): RequestHandler {
  let warned = false;
  return (req, _res, next) => {
    if (!warned) {
      const header = FORWARDING_HEADERS.find((name) => req.headers[name] !== undefined);
      if (header !== undefined) {
        warned = true;
        logger.warn(
          { header },
          'Requests arrive through a proxy (forwarding headers) but TRUST_PROXY is off: every client shares the ' +
            "proxy's address for sign-in limits and the budget's fair shares, and cookies are not marked Secure. " +
            'Set TRUST_PROXY to the number of proxies in front (e.g. 1) or their addresses (docs/configuration.md).',
        );
      }
    }
    next();
  };
}
