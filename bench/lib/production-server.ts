/**
 * The production build (server/dist/main.js, what `npm start` runs) as a child process, pointed at an emulator
 * in cloud mode with the demo key from the environment: the memory figures are those of the real thing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEMO_ACCOUNT } from '@ice-console/emulator';
import { endpointEnvironment } from '../../server/src/config';
import type { Endpoints } from './stack-protocol';

const MAIN = fileURLToPath(new URL('../../server/dist/main.js', import.meta.url));
const PACKAGE = fileURLToPath(new URL('../../package.json', import.meta.url));

/** The node flags `npm start` uses (between `node` and the entry), so the figures are those of what ships. */
function startFlags(): string[] {
  const start: unknown = JSON.parse(readFileSync(PACKAGE, 'utf8')).scripts?.start;
  const match = typeof start === 'string' ? /\bnode ((?:--\S+ )*)server\/dist\/main\.js/.exec(start) : null;
  return (match?.[1] ?? '').split(' ').filter(Boolean);
}

export class ProductionServer {
  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {}

  static async start(endpoints: Endpoints, env: Record<string, string>): Promise<ProductionServer> {
    if (!existsSync(MAIN)) throw new Error('server/dist/main.js is missing: run `npm run build` first');
    const endpointEnv = endpointEnvironment(endpoints);
    const flags = process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? startFlags();
    const child = spawn(process.execPath, [...flags, MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        ICE_MODE: 'cloud',
        ICE_PROTOCOL: 'http',
        LOG_LEVEL: 'info',
        ALIBABA_CLOUD_ACCESS_KEY_ID: DEMO_ACCOUNT.accessKeyId,
        ALIBABA_CLOUD_ACCESS_KEY_SECRET: DEMO_ACCOUNT.accessKeySecret,
        ...endpointEnv,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /on (http:\/\/\S+)/.exec(seen);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) =>
        reject(new Error(`the server exited with ${code}: ${seen.slice(0, 500)}`)),
      );
    });
    // Keep reading the request log so the pipe never fills; its content is not needed here.
    child.stdout?.resume();
    return new ProductionServer(child, url);
  }

  private statusField(name: 'VmRSS' | 'VmHWM'): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1];
    return Number(kb) / 1024;
  }

  /** Resident memory now, and the peak since start, in MiB (Linux /proc). */
  memoryMb(): { rss: number; peak: number } {
    return { rss: this.statusField('VmRSS'), peak: this.statusField('VmHWM') };
  }

  /** SIGTERM, as an operator would stop it; resolves with the exit code. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    return exited;
  }
}
