/** The emulator as its own process, as `npm run emulator` starts it: region lines, signals, exit codes. */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNT } from '../src/accounts';
import { send, signV3 } from './hand-signed-request';

const CLI = fileURLToPath(new URL('../bin/ice-emulator.mjs', import.meta.url));
let child: ChildProcess | undefined;
afterEach(() => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  child = undefined;
});

function startCli(args: string[]) {
  const started = spawn(process.execPath, [CLI, ...args], { stdio: 'pipe' });
  child = started;
  let stdout = '';
  let stderr = '';
  started.stdout.on('data', (chunk) => {
    stdout += String(chunk);
  });
  started.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const exited = once(started, 'exit').then(([code]) => code);
  const lines = async (count: number) => {
    while (stdout.split('\n').filter(Boolean).length < count && started.exitCode === null) {
      await once(started.stdout, 'data');
    }
    return stdout.split('\n').filter(Boolean);
  };
  return { process: started, exited, lines, stderr: () => stderr };
}

describe('npm run emulator', () => {
  it('when started, then it prints one line per region, answers signed calls, and exits 0 on SIGTERM', async () => {
    const cli = startCli(['--port', '0', '--qps-limit', '7']);
    const lines = await cli.lines(4);
    expect(lines.map((line) => line.split(' ')[0])).toEqual([
      'cn-beijing',
      'cn-hangzhou',
      'cn-shanghai',
      'cn-shenzhen',
    ]);
    for (const line of lines) expect(line).toMatch(/^cn-\w+ http:\/\/127\.0\.0\.1:\d+$/);
    const shanghai = (lines[2] ?? '').replace(/^.* http:\/\//, '');
    const answer = await send(
      signV3({
        endpoint: shanghai,
        method: 'POST',
        placement: 'query',
        key: DEMO_ACCOUNT,
        params: { Algorithm: 'landmark', PageNumber: '1', PageSize: '1' },
      }),
    );
    expect(answer.json.TotalCount).toBe(180);
    cli.process.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
    expect(cli.stderr()).toBe('');
  });

  it('when a value is bad, then one line on stderr, no stack, and exit code 2', async () => {
    const cli = startCli(['--fault-rate', 'lots']);
    expect(await cli.exited).toBe(2);
    expect(cli.stderr()).toMatch(/^emulator: --fault-rate must be a number from 0 to 1, got "lots"\n$/);
    expect(await cli.lines(0)).toEqual([]);
  });

  it('when the data file is broken, then one line naming the file and exit code 2', async () => {
    const cli = startCli(['--port', '0', '--data', CLI]);
    expect(await cli.exited).toBe(2);
    expect(cli.stderr()).toMatch(/^emulator: cannot use data file .*ice-emulator\.mjs: .*\n$/);
  });

  it('when given --state and --empty, then the same four lines, and the new state file holds nothing', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'emulator-cli-')), 'state.json');
    const cli = startCli(['--port', '0', '--state', path, '--empty']);
    const lines = await cli.lines(4);
    expect(lines.map((line) => line.split(' ')[0])).toEqual([
      'cn-beijing',
      'cn-hangzhou',
      'cn-shanghai',
      'cn-shenzhen',
    ]);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ base: { kind: 'empty' }, accounts: {} });
    cli.process.kill('SIGTERM');
    expect(await cli.exited).toBe(0);
  });

  it('when the state file is broken, then one line saying so, exit code 2, and the file as it was', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'emulator-cli-')), 'state.json');
    writeFileSync(path, '{"format":"ice-emulator-st');
    const cli = startCli(['--port', '0', '--state', path]);
    expect(await cli.exited).toBe(2);
    expect(cli.stderr()).toMatch(
      /^emulator: state file .*state\.json is not a usable emulator state: .*left as it is.*\n$/,
    );
    expect(readFileSync(path, 'utf8')).toBe('{"format":"ice-emulator-st');
  });
});
