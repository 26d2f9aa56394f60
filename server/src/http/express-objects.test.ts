/** Node makes requests and responses with Express's prototypes already, so Express's own swap changes nothing. */
import type { AddressInfo } from 'node:net';
import express from 'express';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from './http-server';

let close: (() => void) | undefined;
afterEach(() => close?.());

describe('requests and responses made by Node with Express prototypes', () => {
  it('when a request arrives, then it and its response were created from classes whose prototypes are app.request and app.response', async () => {
    const app = express();
    app.get('/shape', (req, res) => {
      res.json({
        // Created so: the constructor's prototype is Express's (after Express's own swap alone, it would be Node's).
        requestMadeAsExpress: req.constructor.prototype === app.request,
        responseMadeAsExpress: res.constructor.prototype === app.response,
        app: req.app === app && res.app === app,
        query: req.query,
      });
    });
    const server = createHttpServer(app, {
      timeouts: { headersMs: 1000, requestMs: 2000, keepAliveMs: 1000 },
      idleSocketMs: 5000,
      logger: pino({ level: 'silent' }),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    close = () => server.close();
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/shape?a=1`);
    expect(await response.json()).toEqual({
      requestMadeAsExpress: true,
      responseMadeAsExpress: true,
      app: true,
      query: { a: '1' },
    });
  });
});
