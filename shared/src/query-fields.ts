/** Pieces of every route's query schema: required single values, bounded whole numbers, opaque IDs. */
import { z } from 'zod';
import { algorithmSchema, regionSchema } from './catalog-schemas';
import { LIB_ID_PATTERN } from './lib-ids';
import { MAX_PAGE_NUMBER, MAX_PAGE_SIZE } from './paging';

/** A parameter given twice arrives as an array: say so, rather than "expected string". */
export const required = (message: string) => ({
  error: (issue: { input: unknown }) => (issue.input === undefined ? 'is required' : message),
});

export const boundedInt = (min: number, max: number) =>
  z
    .string(required('must be a single value'))
    .regex(/^[0-9]{1,7}$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/** Which view a route reads: a library lives in one region under one algorithm. */
export const viewFields = {
  region: z.string(required('must be a single value')).pipe(regionSchema),
  algorithm: z.string(required('must be a single value')).pipe(algorithmSchema),
};

export const pageFields = {
  pageNumber: boundedInt(1, MAX_PAGE_NUMBER),
  pageSize: boundedInt(1, MAX_PAGE_SIZE),
};

/** IDs are opaque (never parsed), but only these characters can be one: anything else is refused unsent. */
export const opaqueId = (what: string) =>
  z
    .string(required('must be a single value'))
    .regex(LIB_ID_PATTERN, `is not ${what} (1 to 64 of A-Z a-z 0-9 _ -)`);

/** Unknown parameters are refused so a typo never silently means "everything". */
export const strictQuery = {
  error: (issue: { code: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `unknown parameter ${issue.keys?.join(', ')}` : undefined,
};
