/**
 * Everything one running emulator shares between its regional listeners: the store, faults, nonces, QPS windows
 * and counters. Built before any port is opened, so that a state file that cannot be used stops the start-up.
 */
import type { ServerResponse } from 'node:http';
import { CallCounter, type CallStats } from './call-counter';
import type { EmulatorData } from './demo-data';
import { FaultPlan, type FaultSettings } from './faults';
import { NonceStore } from './nonce-store';
import { RecognitionStore } from './recognition-store';
import { SlidingWindow } from './sliding-window';
import { readStateFile, writeStateFile } from './state-file';
import type { SampleRecord, StoreBase } from './store-records';

const NONCE_TTL_MS = 15 * 60 * 1000;

export type EmulatorStats = CallStats & {
  /** The busiest sliding second any one account had, all actions together. */
  peakCallsPerSecond: number;
  /** Per action, the busiest sliding second any one account had for that action (the limited quantity). */
  peakCallsPerSecondByAction: Record<string, number>;
};

export interface RuntimeOptions extends Partial<FaultSettings> {
  qpsLimit: number;
  seed: number;
  data?: EmulatorData;
  empty?: boolean;
  statePath?: string;
  maxNonces?: number;
}

export interface EmulatorRuntime {
  store: RecognitionStore;
  faults: FaultPlan;
  nonces: NonceStore;
  /** Keyed `<accountId>/<action>`: the service's limit. */
  actionWindow: SlidingWindow;
  /** Keyed by account: measured, never refused. */
  accountWindow: SlidingWindow;
  counter: CallCounter;
  /** Answers a `hang` fault left open, ended by close(). */
  hanging: Set<ServerResponse>;
  /** Set once the ports are known. */
  imageBaseUrl: string;
  imageUrlOf(sample: SampleRecord): string;
  /** Back to the demo data (or the --data file's), or to nothing. */
  resetStore(empty: boolean): void;
  stats(): EmulatorStats;
}

function persistTo(path: string, store: () => RecognitionStore): () => void {
  return () => {
    try {
      writeStateFile(path, store().document());
    } catch (error) {
      process.stderr.write(`emulator: cannot write state file ${path}: ${String(error)}\n`);
      throw error;
    }
  };
}

export function createRuntime(options: RuntimeOptions): EmulatorRuntime {
  const startBase: StoreBase = options.data
    ? { kind: 'data', data: options.data }
    : { kind: 'demo', seed: options.seed };
  const onChange: (() => void) | undefined =
    options.statePath === undefined ? undefined : persistTo(options.statePath, () => store);
  const saved = options.statePath === undefined ? undefined : readStateFile(options.statePath);
  const store: RecognitionStore = saved
    ? RecognitionStore.fromDocument(saved, onChange)
    : new RecognitionStore(options.empty ? { kind: 'empty' } : startBase, onChange);
  // A new state file is written at once, so a path that cannot be written stops the start, not the first write.
  if (!saved && options.statePath !== undefined) writeStateFile(options.statePath, store.document());
  const actionWindow = new SlidingWindow(options.qpsLimit);
  const accountWindow = new SlidingWindow(Number.POSITIVE_INFINITY);
  const counter = new CallCounter();
  const runtime: EmulatorRuntime = {
    store,
    faults: new FaultPlan(options),
    nonces: new NonceStore(NONCE_TTL_MS, options.maxNonces ?? 500_000),
    actionWindow,
    accountWindow,
    counter,
    hanging: new Set(),
    imageBaseUrl: '',
    imageUrlOf: (sample) =>
      sample.ImageUrl ??
      (sample.DemoImage === undefined ? '' : `${runtime.imageBaseUrl}${sample.DemoImage}.svg`),
    resetStore: (empty) => store.reset(empty ? { kind: 'empty' } : startBase),
    stats: () => {
      const byAction: Record<string, number> = {};
      for (const [key, peak] of actionWindow.peaksByKey()) {
        const action = key.slice(key.indexOf('/') + 1);
        byAction[action] = Math.max(byAction[action] ?? 0, peak);
      }
      return {
        ...counter.snapshot(),
        peakCallsPerSecond: accountWindow.peak(),
        peakCallsPerSecondByAction: byAction,
      };
    },
  };
  return runtime;
}
