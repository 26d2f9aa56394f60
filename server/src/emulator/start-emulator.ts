/**
 * The ICE emulator: one HTTP listener per region, as each region is its own host. It verifies signatures,
 * enforces the per-account QPS limit, and answers ListRecognitionLibs exactly as the service does.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { REGION_IDS, type Region } from '@ice-console/shared/regions';
import { authenticate, type IncomingCall } from './authenticate';
import { CallCounter, type CallStats } from './call-counter';
import { DEFAULT_SEED, type EmulatorData, generateDemoData } from './demo-data';
import { type FaultKind, FaultPlan, type FaultSettings } from './faults';
import { listRecognitionLibs } from './list-recognition-libs';
import { NonceStore } from './nonce-store';
import { errorBody, newRequestId, ServiceError } from './service-error';
import { SlidingWindow } from './sliding-window';

export const ICE_VERSION = '2020-11-09';
export const SERVICE_QPS_LIMIT = 50;
const MAX_BODY_BYTES = 64 * 1024;
const NONCE_TTL_MS = 15 * 60 * 1000;

export interface EmulatorOptions extends Partial<FaultSettings> {
  host?: string;
  /** cn-beijing listens here, cn-hangzhou on +1, cn-shanghai on +2, cn-shenzhen on +3; 0 picks free ports. */
  port?: number;
  qpsLimit?: number;
  data?: EmulatorData;
  seed?: number;
  maxNonces?: number;
}

export interface Emulator {
  /** `host:port` per region: what the SDK takes as `endpoint`. */
  endpoints: Record<Region, string>;
  faults: FaultPlan;
  setQpsLimit(limit: number): void;
  stats(): CallStats & { peakCallsPerSecond: number };
  resetStats(): void;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown, requestId: string): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-acs-request-id': requestId,
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw ServiceError.invalidParameter('request body is too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function toCall(req: IncomingMessage, body: Buffer): IncomingCall {
  const url = new URL(req.url ?? '/', 'http://emulator');
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers[name] = value;
  }
  const isForm = (headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  return {
    method: req.method ?? 'GET',
    headers,
    query: [...url.searchParams],
    form: isForm ? [...new URLSearchParams(body.toString('utf8'))] : [],
    body,
  };
}

const ACCESS_DENIED_DETAIL = {
  PolicyType: 'AccountLevelIdentityBasedPolicy',
  AuthPrincipalType: 'SubUser',
  AuthPrincipalDisplayName: 'emulator-no-permission',
  NoPermissionType: 'ImplicitDeny',
  AuthAction: 'ice:ListRecognitionLibs',
  EncodedDiagnosticMessage: 'AQEAAAAAaQRhc2VjcmV0LWZyZWUtZGlhZ25vc3RpYy1mb3ItdGhlLWVtdWxhdG9y',
};

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const { host = '127.0.0.1', port = 0, qpsLimit = SERVICE_QPS_LIMIT, seed = DEFAULT_SEED } = options;
  const data = options.data ?? generateDemoData(seed);
  const faults = new FaultPlan(options);
  const nonces = new NonceStore(NONCE_TTL_MS, options.maxNonces ?? 500_000);
  const window = new SlidingWindow(qpsLimit);
  const counter = new CallCounter();
  const hanging = new Set<ServerResponse>();

  function applyFault(kind: FaultKind, res: ServerResponse, requestId: string): void {
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

  async function handle(region: Region, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = newRequestId();
    let code = 'OK';
    try {
      const body = await readBody(req);
      const delay = faults.delayMs();
      if (delay > 0) await sleep(delay);
      const fault = faults.next();
      if (fault) {
        code = fault;
        applyFault(fault, res, requestId);
        return;
      }
      const now = Date.now();
      const path = (req.url ?? '/').split('?')[0];
      if (path !== '/' || (req.method !== 'GET' && req.method !== 'POST'))
        throw ServiceError.of('InvalidAction.NotFound');
      const call = authenticate(toCall(req, body), nonces, now);
      if (call.action !== 'ListRecognitionLibs') throw ServiceError.of('InvalidAction.NotFound');
      if (call.version !== ICE_VERSION) throw ServiceError.of('InvalidVersion');
      if (!window.tryAcquire(call.account.accountId, now)) throw ServiceError.of('Throttling.User');
      if (call.account.behaviour === 'no-permission') {
        throw ServiceError.of('Forbidden.RAM', { AccessDeniedDetail: ACCESS_DENIED_DETAIL });
      }
      sendJson(res, 200, listRecognitionLibs(data, region, call.params, requestId), requestId);
    } catch (caught) {
      const error = caught instanceof ServiceError ? caught : ServiceError.of('InternalError');
      code = error.code;
      if (!res.headersSent) sendJson(res, error.status, errorBody(error, requestId), requestId);
    } finally {
      counter.record(region, code);
    }
  }

  const servers: Server[] = [];
  const endpoints = {} as Record<Region, string>;
  try {
    for (const [index, region] of REGION_IDS.entries()) {
      const server = createServer({ keepAliveTimeout: 30_000 }, (req, res) => void handle(region, req, res));
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port === 0 ? 0 : port + index, host, resolve);
      });
      endpoints[region] =
        `${host.includes(':') ? `[${host}]` : host}:${(server.address() as AddressInfo).port}`;
    }
  } catch (error) {
    for (const server of servers) server.close();
    throw error;
  }

  return {
    endpoints,
    faults,
    setQpsLimit: (limit) => window.setLimit(limit),
    stats: () => ({ ...counter.snapshot(), peakCallsPerSecond: window.peak() }),
    resetStats: () => {
      counter.reset();
      window.resetPeak();
    },
    close: async () => {
      for (const res of hanging) res.socket?.destroy();
      await Promise.all(
        servers.map(
          (server) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              server.closeAllConnections();
            }),
        ),
      );
    },
  };
}
