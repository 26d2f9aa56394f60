/** Turns a fault kind into what the client sees: an error body, a broken answer, a reset, or silence. */
import type { ServerResponse } from 'node:http';
import type { FaultKind } from './faults';
import { sendJson } from './http-io';
import { errorBody, ServiceError } from './service-error';

/** `hanging` collects the answers a `hang` leaves open, so that closing the emulator can end them. */
export function applyFault(
  kind: FaultKind,
  res: ServerResponse,
  requestId: string,
  hanging: Set<ServerResponse>,
): void {
  switch (kind) {
    case 'InternalError':
    case 'ServiceUnavailable': {
      const error = ServiceError.of(kind);
      sendJson(res, error.status, errorBody(error, requestId), requestId);
      return;
    }
    case 'truncated':
      res.writeHead(200, { 'content-type': 'application/json;charset=utf-8', 'content-length': 400 });
      // Close only once the partial body is flushed: destroying at once can drop the head too, and then the
      // client sees a reset instead of a body that ends early.
      res.write(
        `{"RequestId":"${requestId}","PageNumber":1,"PageSize":10,"TotalCount":180,"Libs":{"Lib":[{"LibId":"`,
        () => res.socket?.destroy(),
      );
      return;
    case 'not-json':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    case 'reset':
      // A TCP RST, as a dropped connection looks to the client (ECONNRESET), not an orderly close.
      res.socket?.resetAndDestroy();
      return;
    case 'hang':
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
  }
}
