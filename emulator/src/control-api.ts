/**
 * The control API under /_emulator/ (as LocalStack has /_localstack/): health, reset, counters, faults and state,
 * unsigned, on every regional port. It answers only connections from loopback, unless `controlHost` names the
 * local address (or a wildcard) on which other clients may use it too.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEMO_ACCOUNT_ID, findAccount } from './accounts';
import type { EmulatorRuntime } from './emulator-runtime';
import { parseFaultRule } from './fault-rule-schema';
import { readBody } from './http-io';
import { isServiceAlgorithm, RECOGNITION_ACTIONS, type ServiceRegion } from './service-model';
import { stateView } from './state-view';

export const CONTROL_PREFIX = '/_emulator/';

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

const refuse = (res: ServerResponse, status: number, message: string, headers?: Record<string, string>) =>
  send(res, status, { status: 'error', message }, headers);

function plainAddress(address: string | undefined): string {
  return address?.startsWith('::ffff:') ? address.slice(7) : (address ?? '');
}

export function controlAllowed(req: IncomingMessage, controlHost: string | undefined): boolean {
  const remote = plainAddress(req.socket.remoteAddress);
  if (remote === '::1' || remote.startsWith('127.')) return true;
  if (controlHost === undefined) return false;
  return (
    controlHost === '0.0.0.0' || controlHost === '::' || plainAddress(req.socket.localAddress) === controlHost
  );
}

async function faults(runtime: EmulatorRuntime, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method === 'GET') return send(res, 200, runtime.faults.snapshot());
  if (req.method === 'DELETE') {
    runtime.faults.clear();
    return send(res, 200, { status: 'ok' });
  }
  let json: unknown;
  try {
    json = JSON.parse((await readBody(req)).toString('utf8'));
  } catch {
    return refuse(res, 400, 'the body must be a JSON object of at most 64 KiB');
  }
  const rule = parseFaultRule(json);
  if (typeof rule === 'string') return refuse(res, 400, rule);
  runtime.faults.addRule(rule);
  send(res, 201, { status: 'ok', faults: runtime.faults.snapshot() });
}

function state(runtime: EmulatorRuntime, region: ServiceRegion, url: URL, res: ServerResponse): void {
  const algorithm = url.searchParams.get('algorithm') ?? '';
  if (!isServiceAlgorithm(algorithm)) {
    refuse(res, 400, 'algorithm must be one of the five algorithms');
    return;
  }
  // By AccessKeyId, as a test knows its account; the demo account's data by default.
  const keyId = url.searchParams.get('account');
  const accountId = keyId === null ? DEMO_ACCOUNT_ID : findAccount(keyId)?.accountId;
  if (accountId === undefined) {
    refuse(res, 400, 'account must be one of the emulator AccessKeyIds');
    return;
  }
  send(res, 200, stateView(runtime, accountId, region, algorithm));
}

const ROUTES: Record<string, readonly string[]> = {
  health: ['GET'],
  reset: ['POST'],
  counters: ['GET'],
  faults: ['GET', 'POST', 'DELETE'],
  state: ['GET'],
};

export async function handleControl(
  runtime: EmulatorRuntime,
  region: ServiceRegion,
  controlHost: string | undefined,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (!controlAllowed(req, controlHost)) {
    return refuse(res, 403, 'the control API answers only on loopback (see --control-host)');
  }
  const url = new URL(req.url ?? '/', 'http://emulator');
  const route = url.pathname.slice(CONTROL_PREFIX.length);
  const methods = ROUTES[route];
  if (!methods || !Object.hasOwn(ROUTES, route)) return refuse(res, 404, `no control route ${url.pathname}`);
  if (!methods.includes(req.method ?? '')) {
    return refuse(res, 405, `${route} takes ${methods.join(', ')}`, { allow: methods.join(', ') });
  }
  switch (route) {
    case 'health':
      return send(res, 200, { status: 'ok', region, actions: RECOGNITION_ACTIONS });
    case 'reset': {
      const empty = url.searchParams.get('empty');
      runtime.resetStore(empty === '1' || empty === 'true');
      return send(res, 200, { status: 'ok' });
    }
    case 'counters':
      return send(res, 200, runtime.stats());
    case 'faults':
      return faults(runtime, req, res);
    default:
      return state(runtime, region, url, res);
  }
}
