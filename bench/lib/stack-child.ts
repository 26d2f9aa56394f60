/**
 * A child process that runs one piece of the stack for benchmarks and the reliability suite, so that each piece
 * has its own event loop and its own CPU figures: the ICE emulator, the BFF, or a bare Express route.
 * The parent drives it over IPC (stack-parent.ts).
 */
import type { AddressInfo } from 'node:net';
import { DEMO_ACCOUNT, type Emulator, startEmulator } from '@ice-console/emulator';
import type { Region } from '@ice-console/shared/regions';
import express from 'express';
import { staticCredential } from '../../server/src/ice/credentials';
import { callListRecognitionLibs, createRegionClients } from '../../server/src/ice/region-clients';
import { createLogger } from '../../server/src/logger';
import type { RunningServer } from '../../server/src/start-server';
import { startBffAgainst } from '../../server/src/testing/test-stack';
import type { ChildReply, ChildRequest } from './stack-protocol';

let emulator: Emulator | undefined;
let bff: RunningServer | undefined;
let closeBare: (() => void) | undefined;

const send = (reply: ChildReply) => process.send?.(reply);

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
      // The baseline for cache hits: an Express 5 route that returns the same JSON, with nothing else.
      const app = express();
      app.get('/api/libraries', (_req, res) => {
        res.type('json').send(request.json);
      });
      const server = app.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      closeBare = () => server.close();
      return { type: 'bare-started', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
    }
    case 'start-bare-proxy': {
      // The least a BFF can do: one Express route that makes the same SDK call and sends the JSON back.
      const clients = createRegionClients({
        credential: staticCredential(DEMO_ACCOUNT),
        endpoints: request.endpoints as Record<Region, string>,
        protocol: 'http',
        signature: 'v3',
      });
      const app = express();
      app.get('/api/libraries', async (req, res) => {
        const pageNumber = Number(req.query.pageNumber);
        const body = await callListRecognitionLibs(
          clients['cn-beijing'],
          { region: 'cn-beijing', algorithm: 'object', pageNumber, pageSize: 10 },
          3000,
        );
        res.json(body);
      });
      const server = app.listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      closeBare = () => server.close();
      return { type: 'bare-started', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
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
