/**
 * Node creates each request and response already shaped as Express wants them. Express gives them its own
 * prototypes on arrival (`Object.setPrototypeOf` in `app.handle`), which turns two of the hottest objects of the
 * server into slow ones for the rest of their life: measured, that one step was most of the cost of a bare Express 5
 * route (docs/benchmarks.md). Created by Node from subclasses whose prototypes are Express's, they already have
 * the prototype Express sets, so its `setPrototypeOf` changes nothing.
 */
import { IncomingMessage, ServerResponse } from 'node:http';
import type { Express } from 'express';

/** The classes for `http.createServer`'s options; `app.request` and `app.response` become their prototypes. */
export function nodeClassesFor(app: Express) {
  class AppRequest extends IncomingMessage {}
  class AppResponse extends ServerResponse {}
  // Express's own chain stays: app.request → express's request → IncomingMessage.prototype (and so for responses).
  Object.setPrototypeOf(AppRequest.prototype, Object.getPrototypeOf(app.request));
  Object.setPrototypeOf(AppResponse.prototype, Object.getPrototypeOf(app.response));
  // As Express defines them on app.request and app.response: `req.app` and `res.app`.
  Object.defineProperty(AppRequest.prototype, 'app', {
    value: app,
    configurable: true,
    enumerable: true,
    writable: true,
  });
  Object.defineProperty(AppResponse.prototype, 'app', {
    value: app,
    configurable: true,
    enumerable: true,
    writable: true,
  });
  app.request = AppRequest.prototype as Express['request'];
  app.response = AppResponse.prototype as Express['response'];
  return { IncomingMessage: AppRequest, ServerResponse: AppResponse };
}
