/** GET /api/libraries: validate, ask the gateway, answer with the page and how long it took. */
import { librariesQuerySchema } from '@ice-console/shared/libraries';
import type { Request, RequestHandler } from 'express';
import type { IceGateway } from '../ice/ice-gateway';
import { parseInput } from './parse-input';
import { bypassesCache, sendPage } from './send-page';

/** `clientOf` names who asks, so the call budget can be shared fairly between clients. */
export function librariesRoute(gateway: IceGateway, clientOf: (req: Request) => string): RequestHandler {
  return async (req, res) => {
    const query = parseInput(librariesQuerySchema, req.query);
    const result = await gateway.listLibraries(query, {
      bypassCache: bypassesCache(req),
      client: clientOf(req),
    });
    sendPage(req, res, result);
  };
}
