/**
 * A child process that runs one piece of the stack for benchmarks and the reliability suite, so that each piece
 * has its own event loop and its own CPU figures: the ICE emulator, the BFF, or a bare Express route.
 * The parent drives it over IPC (stack-parent.ts).
 */
import type { AddressInfo } from 'node:net';
import { DEMO_ACCOUNT, type Emulator, startEmulator } from '@ice-console/emulator';
import type { Region } from '@ice-console/shared/regions';
import express, { type Express, type RequestHandler } from 'express';
import { staticCredential } from '../../server/src/ice/credentials';
import { callIce, createRegionClients, type IceAction } from '../../server/src/ice/region-clients';
import { createLogger } from '../../server/src/logger';
import type { RunningServer } from '../../server/src/start-server';
import { startBffAgainst } from '../../server/src/testing/test-stack';
import type { ChildReply, ChildRequest } from './stack-protocol';

let emulator: Emulator | undefined;
let bff: RunningServer | undefined;
let closeBare: (() => void) | undefined;

const send = (reply: ChildReply) => process.send?.(reply);

/** Listens on a free loopback port; the server is closed with the child. */
async function listen(app: Express): Promise<string> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  closeBare = () => server.close();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function handle(request: ChildRequest): Promise<ChildReply> {
  switch (request.type) {
    case 'start-emulator':
      emulator = await startEmulator({ port: 0, ...request.options });
      return { type: 'emulator-started', endpoints: emulator.endpoints };
    case 'start-bff': {
      bff = await startBffAgainst(request.endpoints as Record<Region, string>, {
        env: request.env,
        unlimitedBudget: request.unlimitedBudget,
        logger: createLogger('info', '/dev/null'),
      });
      return { type: 'bff-started', url: bff.url };
    }
    case 'start-bare': {
      // The baseline for cache hits: an Express 5 route that sends the same JSON, with nothing else.
      const app = express();
      const pathname = new URL(request.path, 'http://localhost').pathname;
      app.get(pathname, (_req, res) => {
        res.type('json').send(request.json);
      });
      return { type: 'bare-started', url: await listen(app) };
    }
    case 'start-bare-proxy': {
      // The least a BFF can do: Express routes that make the same SDK calls and send the JSON back, unchecked.
      const clients = createRegionClients({
        credential: staticCredential(DEMO_ACCOUNT),
        endpoints: request.endpoints as Record<Region, string>,
        protocol: 'http',
        signature: 'v3',
      });
      const app = express();
      // Express 5 parses the query string again at each read of req.query: read once.
      type Fields = (query: Record<string, unknown>, libId: string) => Record<string, string>;
      const proxy =
        (action: IceAction, fields: Fields): RequestHandler =>
        async (req, res) => {
          const query = req.query;
          const region = String(query.region) as Region;
          res.json(await callIce(clients[region], action, fields(query, String(req.params.libId)), 3000));
        };
      const paging = (query: Record<string, unknown>) => ({
        Algorithm: String(query.algorithm),
        PageNumber: String(query.pageNumber),
        PageSize: String(query.pageSize),
      });
      app.get('/api/libraries', proxy('ListRecognitionLibs', paging));
      app.get(
        '/api/libraries/:libId/entities',
        proxy('ListRecognitionEntities', (query, libId) => ({ ...paging(query), LibId: libId })),
      );
      app.get(
        '/api/libraries/:libId/samples',
        proxy('ListRecognitionSamples', (query, libId) => ({
          ...paging(query),
          LibId: libId,
          EntityId: String(query.entityId),
        })),
      );
      return { type: 'bare-started', url: await listen(app) };
    }
    case 'stats':
      if (!emulator) throw new Error('no emulator in this process');
      return { type: 'stats', stats: emulator.stats() };
    case 'reset-stats':
      emulator?.resetStats();
      return { type: 'ok' };
    case 'cpu': {
      const { user, system } = process.cpuUsage();
      return { type: 'cpu', microseconds: user + system };
    }
    case 'close':
      await bff?.close();
      await emulator?.close();
      closeBare?.();
      setImmediate(() => process.exit(0));
      return { type: 'ok' };
  }
}

process.on('message', (message: ChildRequest) => {
  handle(message).then(send, (error: unknown) =>
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
send({ type: 'ready' });
