/** The JSON body of POST /_emulator/faults, checked before it becomes a FaultRule. */
import { z } from 'zod';
import { FAULT_KINDS, type FaultRule } from './faults';
import { RECOGNITION_ACTIONS } from './service-model';

const ruleSchema = z
  .strictObject({
    /** One of the nine actions, or `all` (the default). */
    action: z.enum([...RECOGNITION_ACTIONS, 'all']).exactOptional(),
    kind: z.enum(FAULT_KINDS).exactOptional(),
    count: z.number().int().min(1).max(1_000_000).exactOptional(),
    probability: z.number().min(0).max(1).exactOptional(),
    latencyMs: z.number().int().min(0).max(600_000).exactOptional(),
  })
  .refine((rule) => rule.kind !== undefined || rule.latencyMs !== undefined, {
    message: 'a fault needs a kind, a latencyMs, or both',
  });

/** The rule, or the first problem in one line. */
export function parseFaultRule(json: unknown): FaultRule | string {
  const parsed = ruleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return `${issue?.path.length ? `${issue.path.join('.')}: ` : ''}${issue?.message ?? 'invalid'}`;
  }
  const { action, ...rest } = parsed.data;
  return action === undefined || action === 'all' ? rest : { action, ...rest };
}
