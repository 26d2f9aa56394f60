/**
 * A real forward proxy for tests: Debian's tinyproxy (installed when missing), on a free loopback port, with its
 * own configuration and log. `requests()` reads the log: every request the proxy forwarded or tunnelled, so a test
 * proves a call went through it, or did not.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDebianProgram } from './debian-package';

export interface Tinyproxy {
  /** `http://[user:password@]127.0.0.1:port` */
  url: string;
  port: number;
  /** The request lines it handled: `GET http://127.0.0.1:4102/?… HTTP/1.1`, `CONNECT 127.0.0.1:4443 HTTP/1.1`. */
  requests(): string[];
  close(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** Resolves once something accepts connections on the port; the proxy is ready when it listens. */
async function waitForListener(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`tinyproxy did not start (exit ${child.exitCode}): ${log().slice(-500)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function startTinyproxy(auth?: { user: string; password: string }): Promise<Tinyproxy> {
  const program = ensureDebianProgram('/usr/bin/tinyproxy', 'tinyproxy');
  const dir = mkdtempSync(join(tmpdir(), 'tinyproxy-'));
  // tinyproxy started as root drops to an unprivileged user, which must still write its log here.
  chmodSync(dir, 0o777);
  const logFile = join(dir, 'tinyproxy.log');
  const port = await freePort();
  const config = [
    `Port ${port}`,
    'Listen 127.0.0.1',
    'Timeout 30',
    `LogFile "${logFile}"`,
    'LogLevel Info',
    'MaxClients 50',
    'Allow 127.0.0.1',
    'DisableViaHeader Yes',
    // No ConnectPort line: CONNECT is allowed to any port (the tests' TLS server is not on 443).
    ...(auth === undefined ? [] : [`BasicAuth ${auth.user} ${auth.password}`]),
  ];
  const configFile = join(dir, 'tinyproxy.conf');
  writeFileSync(configFile, `${config.join('\n')}\n`);
  let output = '';
  const child = spawn(program, ['-d', '-c', configFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const readLog = () => {
    try {
      return readFileSync(logFile, 'utf8');
    } catch {
      return output;
    }
  };
  await waitForListener(port, child, readLog);
  const credentials = auth === undefined ? '' : `${auth.user}:${auth.password}@`;
  return {
    url: `http://${credentials}127.0.0.1:${port}`,
    port,
    requests: () =>
      [...readLog().matchAll(/Request \(file descriptor \d+\): (.+)$/gm)].map((match) => match[1] ?? ''),
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
