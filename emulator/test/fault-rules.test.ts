/** Fault rules: one action or all, a count or a probability, latency; after the script, before the random rate. */
import { describe, expect, it } from 'vitest';
import { FaultPlan } from '../src/faults';

const never = () => 0.999;

describe('FaultPlan rules', () => {
  it('when a rule names an action and a count, then only that action is hit, that many times', () => {
    const plan = new FaultPlan();
    plan.addRule({ action: 'CreateRecognitionLib', kind: 'InternalError', count: 2 });
    const kinds = [
      'ListRecognitionLibs',
      'CreateRecognitionLib',
      'CreateRecognitionLib',
      'CreateRecognitionLib',
    ].map((action) => plan.decide(action, never).kind);
    expect(kinds).toEqual([undefined, 'InternalError', 'InternalError', undefined]);
    expect(plan.snapshot().rules).toEqual([]);
  });

  it('when a rule has a probability, then a draw below it hits and a draw above it does not, without using the count', () => {
    const plan = new FaultPlan();
    plan.addRule({ kind: 'reset', probability: 0.5, count: 1 });
    expect(plan.decide('ListRecognitionSamples', () => 0.7).kind).toBeUndefined();
    expect(plan.snapshot().rules).toHaveLength(1);
    expect(plan.decide('ListRecognitionSamples', () => 0.2).kind).toBe('reset');
    expect(plan.snapshot().rules).toHaveLength(0);
  });

  it('when a rule only adds latency, then matching calls wait longer and none fails', () => {
    const plan = new FaultPlan({ latencyMs: 10 });
    plan.addRule({ action: 'ListRecognitionEntities', latencyMs: 200 });
    expect(plan.decide('ListRecognitionEntities', () => 0.5)).toEqual({ delayMs: 210, kind: undefined });
    expect(plan.decide('ListRecognitionLibs', () => 0.5)).toEqual({ delayMs: 10, kind: undefined });
  });

  it('when a scripted fault is queued, then it comes first and a rule keeps its count for a later call', () => {
    const plan = new FaultPlan();
    plan.enqueue(['hang']);
    plan.addRule({ kind: 'not-json', count: 1 });
    expect(plan.decide(undefined, never).kind).toBe('hang');
    expect(plan.decide(undefined, never).kind).toBe('not-json');
    expect(plan.decide(undefined, never).kind).toBeUndefined();
  });

  it('when cleared, then rules, script and settings are all gone', () => {
    const plan = new FaultPlan({ faultRate: 1 });
    plan.addRule({ kind: 'truncated' });
    plan.enqueue(['reset']);
    plan.clear();
    expect(plan.snapshot()).toMatchObject({ faultRate: 0, queued: [], rules: [] });
    expect(plan.decide('ListRecognitionLibs', () => 0).kind).toBeUndefined();
  });
});
