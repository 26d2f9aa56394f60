/** Request input through a shared schema: the data, or a 400 naming the field. Nothing invalid goes upstream. */
import { z } from 'zod';
import { ApiError } from '../api-error';

/**
 * Each schema compiled once on the server (`z.compile`; the shared schemas stay plain for the browser): valid
 * input, the usual case, is checked by one generated function, and invalid input falls back to zod's ordinary
 * parser, so the 400s say the same.
 */
const compiled = new WeakMap<z.ZodType, z.ZodType>();

function compiledOf<Schema extends z.ZodType>(schema: Schema): Schema {
  let fast = compiled.get(schema) as Schema | undefined;
  if (fast === undefined) {
    fast = z.compile(schema);
    compiled.set(schema, fast);
  }
  return fast;
}

export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  code: 'InvalidQuery' | 'InvalidBody' = 'InvalidQuery',
  fieldPrefix?: string,
): z.output<Schema> {
  const parsed = compiledOf(schema).safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.length ? String(issue.path[0]) : fieldPrefix;
  const message = path ? `${path} ${issue?.message}` : (issue?.message ?? 'The request is not valid.');
  throw new ApiError(400, code, message, path === undefined ? {} : { field: path });
}
