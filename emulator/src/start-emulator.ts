/**
 * The ICE emulator: one HTTP listener per region, as each region is its own host. It verifies signatures,
 * enforces the per-account QPS limit, and answers ListRecognitionLibs exactly as the service does.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ACCESS_DENIED_DETAIL } from './accounts';
import { applyFault } from './apply-fault';
import { authenticate } from './authenticate';
import { CallCounter, type CallStats } from './call-counter';
import { DEFAULT_SEED, type EmulatorData, generateDemoData } from './demo-data';
import { FaultPlan, type FaultSettings } from './faults';
import { readBody, sendJson, toCall } from './http-io';
import { listRecognitionLibs } from './list-recognition-libs';
import { NonceStore } from './nonce-store';
import { errorBody, newRequestId, ServiceError } from './service-error';
import { SERVICE_REGIONS as REGION_IDS, type ServiceRegion as Region } from './service-model';
import { SlidingWindow } from './sliding-window';

export const ICE_VERSION = '2020-11-09';
export const SERVICE_QPS_LIMIT = 50;
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

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const { host = '127.0.0.1', port = 0, qpsLimit = SERVICE_QPS_LIMIT, seed = DEFAULT_SEED } = options;
  const data = options.data ?? generateDemoData(seed);
  const faults = new FaultPlan(options);
  const nonces = new NonceStore(NONCE_TTL_MS, options.maxNonces ?? 500_000);
  const window = new SlidingWindow(qpsLimit);
  const counter = new CallCounter();
  const hanging = new Set<ServerResponse>();

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
        applyFault(fault, res, requestId, hanging);
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
