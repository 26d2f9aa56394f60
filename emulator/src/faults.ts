/** Faults the emulator can inject: latency with jitter, random failures at a rate, and a script of next faults. */
export const FAULT_KINDS = [
  'InternalError',
  'ServiceUnavailable',
  'truncated',
  'not-json',
  'reset',
  'hang',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSettings {
  latencyMs: number;
  jitterMs: number;
  /** Fraction of calls, 0 to 1, that fail with one of `faultKinds`. */
  faultRate: number;
  faultKinds: FaultKind[];
}

export const NO_FAULTS: FaultSettings = {
  latencyMs: 0,
  jitterMs: 0,
  faultRate: 0,
  faultKinds: ['InternalError', 'ServiceUnavailable'],
};

export class FaultPlan {
  private settings: FaultSettings;
  private readonly script: FaultKind[] = [];

  constructor(settings: Partial<FaultSettings> = {}) {
    this.settings = { ...NO_FAULTS, ...settings };
  }

  update(settings: Partial<FaultSettings>): void {
    this.settings = { ...this.settings, ...settings };
  }

  /** The next calls fail with these kinds, one each, in order, before any random fault. */
  enqueue(kinds: readonly FaultKind[]): void {
    this.script.push(...kinds);
  }

  clear(): void {
    this.settings = { ...NO_FAULTS };
    this.script.length = 0;
  }

  delayMs(random: () => number = Math.random): number {
    const { latencyMs, jitterMs } = this.settings;
    return Math.max(0, latencyMs + (random() * 2 - 1) * jitterMs);
  }

  next(random: () => number = Math.random): FaultKind | undefined {
    const scripted = this.script.shift();
    if (scripted) return scripted;
    const { faultRate, faultKinds } = this.settings;
    if (faultRate <= 0 || faultKinds.length === 0 || random() >= faultRate) return undefined;
    return faultKinds[Math.floor(random() * faultKinds.length)];
  }
}
