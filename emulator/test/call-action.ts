/** Test-only: one hand-signed call of any action, V3 in the query (or RPC), against a running emulator. */
import { DEMO_ACCOUNT } from '../src/accounts';
import type { Emulator } from '../src/start-emulator';
import { type ServiceAnswer, send, signRpc, signV3, type TestKey } from './hand-signed-request';

export { rowsOf } from './hand-signed-request';

export type Region = keyof Emulator['endpoints'];

export interface CallOptions {
  region?: Region;
  key?: TestKey;
  rpc?: boolean;
}

export function callAction(
  emulator: Emulator,
  action: string,
  params: Record<string, string>,
  { region = 'cn-beijing', key = DEMO_ACCOUNT, rpc = false }: CallOptions = {},
): Promise<ServiceAnswer> {
  const sign = rpc ? signRpc : signV3;
  return send(
    sign({ endpoint: emulator.endpoints[region], method: 'POST', placement: 'query', key, params, action }),
  );
}

/** The body of a call that must succeed; a failure shows the service's code and message. */
export async function ok(answer: Promise<ServiceAnswer>): Promise<Record<string, unknown>> {
  const { status, json } = await answer;
  if (status !== 200)
    throw new Error(`expected 200, got ${status} ${String(json.Code)}: ${String(json.Message)}`);
  return json;
}
