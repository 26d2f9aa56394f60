/** Request input through a shared schema: the data, or a 400 naming the field. Nothing invalid goes upstream. */
import type { z } from 'zod';
import { ApiError } from '../api-error';

export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  code: 'InvalidQuery' | 'InvalidBody' = 'InvalidQuery',
  fieldPrefix?: string,
): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.length ? String(issue.path[0]) : fieldPrefix;
  const message = path ? `${path} ${issue?.message}` : (issue?.message ?? 'The request is not valid.');
  throw new ApiError(400, code, message, path === undefined ? {} : { field: path });
}
