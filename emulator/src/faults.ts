/**
 * Faults the emulator can inject: latency with jitter, random failures at a rate, a script of next faults, and
 * rules that hit one action (or all) a number of times or with a probability, with or without added latency.
 */
import type { RecognitionAction } from './service-model';

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

export interface FaultRule {
  /** The action it hits; every call when absent. */
  action?: RecognitionAction;
  /** The failure; none when the rule only adds latency. */
  kind?: FaultKind;
  /** How many calls it hits before it is used up; no end when absent. */
  count?: number;
  /** The chance, 0 to 1, that a matching call is hit; 1 when absent. */
  probability?: number;
  /** Added to the delay of each call it hits. */
  latencyMs?: number;
}

export interface FaultDecision {
  delayMs: number;
  kind: FaultKind | undefined;
}

export class FaultPlan {
  private settings: FaultSettings;
  private readonly script: FaultKind[] = [];
  private rules: FaultRule[] = [];

  constructor(settings: Partial<FaultSettings> = {}) {
    this.settings = { ...NO_FAULTS, ...settings };
  }

  update(settings: Partial<FaultSettings>): void {
    this.settings = { ...this.settings, ...settings };
  }

  /** The next calls fail with these kinds, one each, in order, before any rule or random fault. */
  enqueue(kinds: readonly FaultKind[]): void {
    this.script.push(...kinds);
  }

  /** Rules are tried in the order they were added, after the script and before the random rate. */
  addRule(rule: FaultRule): void {
    this.rules.push({ ...rule });
  }

  clear(): void {
    this.settings = { ...NO_FAULTS };
    this.script.length = 0;
    this.rules = [];
  }

  /** What is set now, for the control API. */
  snapshot(): FaultSettings & { queued: FaultKind[]; rules: FaultRule[] } {
    return { ...this.settings, queued: [...this.script], rules: this.rules.map((rule) => ({ ...rule })) };
  }

  delayMs(random: () => number = Math.random): number {
    const { latencyMs, jitterMs } = this.settings;
    return Math.max(0, latencyMs + (random() * 2 - 1) * jitterMs);
  }

  next(random: () => number = Math.random): FaultKind | undefined {
    return this.script.shift() ?? this.randomKind(random);
  }

  /** The whole decision for one call naming `action`: its delay and its fault, if any. */
  decide(action: string | undefined, random: () => number = Math.random): FaultDecision {
    let delayMs = this.delayMs(random);
    let kind = this.script.shift();
    if (this.rules.length > 0) {
      for (const rule of this.rules) {
        if (rule.action !== undefined && rule.action !== action) continue;
        // A second failure cannot apply to a call that already fails: that rule keeps its count.
        if (rule.kind !== undefined && kind !== undefined) continue;
        if (rule.probability !== undefined && random() >= rule.probability) continue;
        delayMs += rule.latencyMs ?? 0;
        kind ??= rule.kind;
        if (rule.count !== undefined) rule.count -= 1;
      }
      this.rules = this.rules.filter((rule) => rule.count === undefined || rule.count > 0);
    }
    return { delayMs, kind: kind ?? this.randomKind(random) };
  }

  private randomKind(random: () => number): FaultKind | undefined {
    const { faultRate, faultKinds } = this.settings;
    if (faultRate <= 0 || faultKinds.length === 0 || random() >= faultRate) return undefined;
    return faultKinds[Math.floor(random() * faultKinds.length)];
  }
}
