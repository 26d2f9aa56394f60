/** The emulator command line, parsed and validated into EmulatorOptions without side effects but reading --data. */
import { isIP } from 'node:net';
import { parseArgs } from 'node:util';
import { loadEmulatorData } from './data-file';
import type { EmulatorOptions } from './start-emulator';

export const DEFAULT_PORT = 4100;
export const USAGE =
  'usage: npm run emulator -- [--port 4100] [--host 127.0.0.1] [--latency-ms N] [--jitter-ms N] ' +
  '[--fault-rate F] [--qps-limit N] [--data FILE] [--state FILE] [--empty] [--image-base-url URL] ' +
  '[--control-host ADDRESS]';

/** A command line that cannot be used; its message is the one line the user sees. */
export class CliUsageError extends Error {}

function number(raw: string | undefined, flag: string, min: number, max: number, integer: boolean) {
  if (raw === undefined) return undefined;
  // Number('') is 0 and Number('0x10') is 16: accept plain decimals only.
  const value = /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (Number.isNaN(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    const kind = integer ? 'an integer' : 'a number';
    throw new CliUsageError(`--${flag} must be ${kind} from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function parseCliOptions(argv: readonly string[]): EmulatorOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'latency-ms': { type: 'string' },
        'jitter-ms': { type: 'string' },
        'fault-rate': { type: 'string' },
        'qps-limit': { type: 'string' },
        data: { type: 'string' },
        state: { type: 'string' },
        empty: { type: 'boolean' },
        'image-base-url': { type: 'string' },
        'control-host': { type: 'string' },
      },
    }));
  } catch (error) {
    // parseArgs explains some mistakes over several lines; the user gets one.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
    throw new CliUsageError(`${reason} (${USAGE})`);
  }
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  const host = text('host') ?? '127.0.0.1';
  if (host.trim() === '') throw new CliUsageError('--host must not be empty');
  // Four listeners from --port to --port + 3; 0 lets the system pick free ports.
  const options: EmulatorOptions = {
    host,
    port: number(text('port'), 'port', 0, 65532, true) ?? DEFAULT_PORT,
  };
  const latencyMs = number(text('latency-ms'), 'latency-ms', 0, 600_000, true);
  const jitterMs = number(text('jitter-ms'), 'jitter-ms', 0, 600_000, true);
  const faultRate = number(text('fault-rate'), 'fault-rate', 0, 1, false);
  const qpsLimit = number(text('qps-limit'), 'qps-limit', 1, 1_000_000_000, true);
  if (latencyMs !== undefined) options.latencyMs = latencyMs;
  if (jitterMs !== undefined) options.jitterMs = jitterMs;
  if (faultRate !== undefined) options.faultRate = faultRate;
  if (qpsLimit !== undefined) options.qpsLimit = qpsLimit;
  const statePath = text('state');
  if (statePath !== undefined) {
    if (statePath.trim() === '') throw new CliUsageError('--state must name a file');
    options.statePath = statePath;
  }
  if (values.empty === true) {
    if (text('data') !== undefined) throw new CliUsageError('--empty and --data cannot be used together');
    options.empty = true;
  }
  const imageBaseUrl = text('image-base-url');
  if (imageBaseUrl !== undefined) options.imageBaseUrl = imageBaseUrl;
  const controlHost = text('control-host');
  if (controlHost !== undefined) {
    // An address, not a name: it is compared with the address a connection arrived on.
    if (isIP(controlHost) === 0)
      throw new CliUsageError(`--control-host must be an IP address, got "${controlHost}"`);
    options.controlHost = controlHost;
  }
  const dataPath = text('data');
  if (dataPath !== undefined) {
    try {
      options.data = loadEmulatorData(dataPath);
    } catch (error) {
      throw new CliUsageError(error instanceof Error ? error.message : String(error));
    }
  }
  return options;
}
