/** Messages between a benchmark and its stack children (stack-child.ts). */
import type { CallStats, EmulatorOptions } from '@ice-console/emulator';

export type Endpoints = Record<string, string>;

export type ChildRequest =
  | { type: 'start-emulator'; options: EmulatorOptions }
  | { type: 'start-bff'; endpoints: Endpoints; env: Record<string, string>; unlimitedBudget: boolean }
  | { type: 'start-bare'; path: string; json: string }
  | { type: 'start-bare-proxy'; endpoints: Endpoints }
  | { type: 'stats' }
  | { type: 'reset-stats' }
  | { type: 'cpu' }
  | { type: 'close' };

export type ChildReply =
  | { type: 'ready' }
  | { type: 'ok' }
  | { type: 'emulator-started'; endpoints: Endpoints }
  | { type: 'bff-started'; url: string }
  | { type: 'bare-started'; url: string }
  | { type: 'stats'; stats: CallStats & { peakCallsPerSecond: number } }
  | { type: 'cpu'; microseconds: number }
  | { type: 'error'; message: string };
