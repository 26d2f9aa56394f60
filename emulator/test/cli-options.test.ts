import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliUsageError, DEFAULT_PORT, parseCliOptions } from '../src/cli-options';

const usageError = (argv: string[]) => {
  try {
    parseCliOptions(argv);
  } catch (error) {
    if (error instanceof CliUsageError) return error.message;
    throw error;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
};

describe('the emulator command line', () => {
  it('when nothing is given, then loopback on port 4100 with the service limit left to the emulator', () => {
    expect(parseCliOptions([])).toEqual({ host: '127.0.0.1', port: DEFAULT_PORT });
    expect(DEFAULT_PORT).toBe(4100);
  });

  it('when every option is given, then each becomes an emulator option', () => {
    expect(
      parseCliOptions([
        '--port=0',
        '--host',
        '::1',
        '--latency-ms',
        '20',
        '--jitter-ms',
        '5',
        '--fault-rate',
        '0.25',
        '--qps-limit',
        '100000000',
      ]),
    ).toEqual({ host: '::1', port: 0, latencyMs: 20, jitterMs: 5, faultRate: 0.25, qpsLimit: 100_000_000 });
  });

  it.each([
    [['--port', '65533'], /--port must be an integer from 0 to 65532/],
    [['--port', 'abc'], /--port/],
    [['--port', ''], /--port/],
    [['--latency-ms', '-1'], /--latency-ms/],
    [['--latency-ms=-1'], /--latency-ms must be an integer from 0/],
    [['--jitter-ms', '1.5'], /--jitter-ms must be an integer/],
    [['--fault-rate', '1.01'], /--fault-rate must be a number from 0 to 1/],
    [['--qps-limit', '0'], /--qps-limit/],
    [['--qps-limit', '0x10'], /--qps-limit/],
    [['--host', ' '], /--host/],
    [['--verbose'], /Unknown option '--verbose'.*usage: npm run emulator/],
    [['4100'], /positional/i],
    [['--port'], /--port/],
    [['--control-host', 'localhost'], /--control-host must be an IP address/],
    [['--empty', '--data', 'x.json'], /--empty and --data/],
    [['--state', ''], /--state must name a file/],
    [['--empty=yes'], /--empty/],
  ])('when given %j, then one clear line explains what is wrong', (argv, expected) => {
    const message = usageError(argv);
    expect(message).toMatch(expected);
    expect(message).not.toContain('\n');
  });

  it('when --data names a valid file, then its libraries are loaded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-cli-'));
    const file = join(dir, 'data.json');
    writeFileSync(
      file,
      JSON.stringify({ 'cn-beijing': { face: [{ LibId: 'x1', LibName: 'n', LibDescription: '' }] } }),
    );
    expect(parseCliOptions(['--data', file]).data?.['cn-beijing'].face).toHaveLength(1);
    expect(usageError(['--data', join(dir, 'missing.json')])).toMatch(
      /cannot use data file .*missing\.json: ENOENT/,
    );
  });

  it('when --state, --empty, --image-base-url and --control-host are given, then each becomes an emulator option', () => {
    expect(
      parseCliOptions(['--state', 's.json', '--empty', '--image-base-url', '/img/', '--control-host', '::']),
    ).toMatchObject({ statePath: 's.json', empty: true, imageBaseUrl: '/img/', controlHost: '::' });
  });
});
