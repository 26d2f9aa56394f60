/**
 * For attack tests: the real main.ts in a child process under a low open-file limit (`ulimit -n`), so running out
 * of file handles hurts only the child, and its handles can be counted in /proc. Linux only.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOG_FLUSH_MS } from '../logger';
import { eventually } from './eventually';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));

export interface LimitedServer {
  url: string;
  /** Every line the server wrote to stdout (its JSON log lines among them). */
  output: string[];
  /**
   * The lines holding `text`, once one has come: log lines reach stdout in batches (logger.ts), so a line logged
   * now may come a flush period later. None if none came within `withinMs`.
   */
  linesWith(text: string, withinMs?: number): Promise<string[]>;
  /** File handles the server holds now. */
  openFiles(): number;
  stop(): Promise<void>;
}

export async function startLimitedServer(options: {
  maxOpenFiles: number;
  env: Record<string, string>;
}): Promise<LimitedServer> {
  // `ulimit -n` sets the soft and the hard limit, so Node cannot raise it again at start.
  const child: ChildProcess = spawn(
    'bash',
    ['-c', `ulimit -n ${options.maxOpenFiles} && exec "$0" --import tsx "$1"`, process.execPath, MAIN],
    {
      env: { PATH: process.env.PATH ?? '', PORT: '0', ICE_MODE: 'emulator', ...options.env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const output: string[] = [];
  let partial = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      output.push(...lines);
      const match = /on (http:\/\/\S+)/.exec(lines.join('\n'));
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${output.join('\n')}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    output,
    linesWith: async (text, withinMs = LOG_FLUSH_MS * 8) => {
      await eventually(() => output.some((line) => line.includes(text)), withinMs);
      return output.filter((line) => line.includes(text));
    },
    openFiles: () => readdirSync(`/proc/${child.pid}/fd`).length,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
