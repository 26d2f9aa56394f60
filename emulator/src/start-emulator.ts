/**
 * The ICE emulator: one HTTP listener per region, as each region is its own host. Each verifies signatures,
 * enforces the per-action QPS limit and answers the nine recognition actions as the service does; each also
 * serves the demo pictures and the loopback-only control API.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_ACCOUNT_ID, findAccount } from './accounts';
import { CONTROL_PREFIX, handleControl } from './control-api';
import { DEFAULT_SEED, type EmulatorData } from './demo-data';
import { createRuntime, type EmulatorStats } from './emulator-runtime';
import type { FaultPlan, FaultSettings } from './faults';
import { IMAGE_PREFIX, serveDemoImage } from './image-route';
import { handleServiceCall } from './service-call';
import type { ServiceRegion as Region, ServiceAlgorithm } from './service-model';
import { SERVICE_REGIONS as REGION_IDS } from './service-model';
import { type StateView, stateView } from './state-view';

export { ICE_VERSION } from './service-call';
/** Calls per second per account for each action, as documented. */
export const SERVICE_QPS_LIMIT = 50;

export interface EmulatorOptions extends Partial<FaultSettings> {
  host?: string;
  /** cn-beijing listens here, cn-hangzhou on +1, cn-shanghai on +2, cn-shenzhen on +3; 0 picks free ports. */
  port?: number;
  /** Calls per second per account for each action. */
  qpsLimit?: number;
  /** Libraries to start from instead of the demo data (`--data`). */
  data?: EmulatorData;
  /** Start with no data at all (`--empty`). */
  empty?: boolean;
  /** Keep the store in this file (`--state`); with a file there, `data` and `empty` are not used. */
  statePath?: string;
  /** Prefix of demo ImageUrls; by default this emulator's cn-beijing port + `/images/`. */
  imageBaseUrl?: string;
  /** A local address (or 0.0.0.0 / ::) on which the control API answers more than loopback. */
  controlHost?: string;
  seed?: number;
  maxNonces?: number;
}

export interface Emulator {
  /** `host:port` per region: what the SDK takes as `endpoint`. */
  endpoints: Record<Region, string>;
  /** What demo ImageUrls start with. */
  imageBaseUrl: string;
  faults: FaultPlan;
  setQpsLimit(limit: number): void;
  stats(): EmulatorStats;
  resetStats(): void;
  /** Back to the demo data (or the `data` option's), or to nothing, as POST /_emulator/reset does. */
  reset(options?: { empty?: boolean }): void;
  /** As GET /_emulator/state shows it; the demo account's unless an AccessKeyId is given. */
  state(region: Region, algorithm: ServiceAlgorithm, accessKeyId?: string): StateView;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const { host = '127.0.0.1', port = 0 } = options;
  const runtime = createRuntime({
    ...options,
    qpsLimit: options.qpsLimit ?? SERVICE_QPS_LIMIT,
    seed: options.seed ?? DEFAULT_SEED,
  });
  const route = (region: Region, req: IncomingMessage, res: ServerResponse): Promise<void> | void => {
    const url = req.url ?? '/';
    if (url.startsWith(CONTROL_PREFIX)) return handleControl(runtime, region, options.controlHost, req, res);
    if (url.startsWith(IMAGE_PREFIX)) return serveDemoImage(req, res);
    return handleServiceCall(runtime, region, req, res);
  };
  const servers: Server[] = [];
  const endpoints = {} as Record<Region, string>;
  try {
    for (const [index, region] of REGION_IDS.entries()) {
      const server = createServer({ keepAliveTimeout: 30_000 }, (req, res) => {
        Promise.resolve(route(region, req, res)).catch(() => {
          // Only the control API can get here (a state file that cannot be written on reset).
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('internal error');
        });
      });
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
  runtime.imageBaseUrl = options.imageBaseUrl ?? `http://${endpoints['cn-beijing']}${IMAGE_PREFIX}`;

  return {
    endpoints,
    imageBaseUrl: runtime.imageBaseUrl,
    faults: runtime.faults,
    setQpsLimit: (limit) => runtime.actionWindow.setLimit(limit),
    stats: runtime.stats,
    resetStats: () => {
      runtime.counter.reset();
      runtime.actionWindow.resetPeak();
      runtime.accountWindow.resetPeak();
    },
    reset: ({ empty = false } = {}) => runtime.resetStore(empty),
    state: (region, algorithm, accessKeyId) => {
      const account = accessKeyId === undefined ? undefined : findAccount(accessKeyId);
      if (accessKeyId !== undefined && !account) throw new Error(`no emulator account ${accessKeyId}`);
      return stateView(runtime, account?.accountId ?? DEMO_ACCOUNT_ID, region, algorithm);
    },
    close: async () => {
      for (const res of runtime.hanging) res.socket?.destroy();
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
