/** Forks stack children and talks to them one request at a time. */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildReply, ChildRequest } from './stack-protocol';

const CHILD = fileURLToPath(new URL('./stack-child.ts', import.meta.url));

export class StackChild {
  private constructor(private readonly child: ChildProcess) {}

  static async fork(): Promise<StackChild> {
    const child = fork(CHILD, [], {
      execArgv: [
        '--import',
        'tsx',
        ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] : []),
      ],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`stack child exited with ${code}`)));
    });
    return new StackChild(child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  ask<T extends ChildReply['type']>(
    request: ChildRequest,
    expected: T,
  ): Promise<Extract<ChildReply, { type: T }>> {
    return new Promise((resolve, reject) => {
      this.child.once('message', (reply: ChildReply) => {
        if (reply.type === expected) resolve(reply as Extract<ChildReply, { type: T }>);
        else reject(new Error(reply.type === 'error' ? reply.message : `unexpected reply ${reply.type}`));
      });
      this.child.send(request);
    });
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.ask({ type: 'close' }, 'ok').catch(() => this.child.kill());
    await exited;
  }
}
