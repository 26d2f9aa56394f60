/**
 * The HTTP server around the app, with its doors' timeouts set on purpose. A connection that sends nothing, or
 * its headers slowly, holds a file handle: it is answered 408 at the headers timeout and then closed, as is
 * every request the parser refuses, so an idle attacker cannot run the process out of file handles.
 */
import { createServer, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { ApiError } from '../api-error';
import { errorBody } from './error-handler';
import { nodeClassesFor } from './express-objects';
import { ParserRefusalLog } from './parser-refusals';

export interface HttpTimeouts {
  /** From connecting until the headers are complete (slow-loris defence). */
  headersMs: number;
  /** From connecting until the whole request has arrived. */
  requestMs: number;
  /** How long an idle keep-alive connection stays open between requests. */
  keepAliveMs: number;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

function answerFor(code: string | undefined): ApiError {
  if (code === 'HPE_HEADER_OVERFLOW')
    return new ApiError(431, 'HeadersTooLarge', 'The request URL or headers are too large.');
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return new ApiError(408, 'RequestTimeout', 'The request took too long to arrive.', { retryable: true });
  return new ApiError(400, 'BadRequest', 'The request could not be read.');
}

/** Node answers parser errors itself with an empty body; this gives them our error body, then closes. */
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex, refusals: ParserRefusalLog): void {
  const remoteAddress = 'remoteAddress' in socket ? String(socket.remoteAddress) : undefined;
  if (!socket.writable || error.code === 'ECONNRESET') {
    refusals.note({ code: error.code, status: undefined, remoteAddress });
    socket.destroy();
    return;
  }
  const answer = answerFor(error.code);
  refusals.note({ code: error.code, status: answer.status, remoteAddress });
  const body = JSON.stringify(errorBody(answer));
  // end() alone only half-closes: a client that never closes its side would keep the handle open for good.
  socket.end(
    `HTTP/1.1 ${answer.status} ${REASONS[answer.status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    () => socket.destroy(),
  );
  // A client that does not read could keep the answer from ever flushing; it gets a second more, no longer.
  setTimeout(() => socket.destroy(), 1000).unref();
}

export function createHttpServer(
  app: Express,
  options: { timeouts: HttpTimeouts; idleSocketMs: number; logger: Logger },
): Server {
  const { headersMs, requestMs, keepAliveMs } = options.timeouts;
  const server = createServer(
    {
      // Requests and responses made with Express's prototypes already (express-objects.ts).
      ...nodeClassesFor(app),
      headersTimeout: headersMs,
      requestTimeout: requestMs,
      // Node checks the two timeouts every 30 s by default, which would let a slow client overstay by that much.
      connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(headersMs / 10))),
    },
    app,
  );
  server.keepAliveTimeout = keepAliveMs;
  // No answer takes longer than the upstream deadline, so a socket silent for longer than that is abandoned.
  server.timeout = options.idleSocketMs;
  const refusals = new ParserRefusalLog(options.logger);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) =>
    answerClientError(error, socket, refusals),
  );
  server.on('close', () => refusals.close());
  return server;
}
