/**
 * Parameter checks in the service's words: `Missing<Param>` for a required parameter that is absent or empty,
 * `InvalidParameter` with `errorMsg:<Param> …` (naming the field) for a value out of bounds. Limits are in UTF-8
 * bytes where the documents say bytes; the ones the documents leave open are our choices (docs/emulator.md).
 */
import { ServiceError } from './service-error';
import {
  SERVICE_ALGORITHMS as ALGORITHMS,
  type ServiceAlgorithm as Algorithm,
  isServiceAlgorithm,
} from './service-model';

export const LIMITS = {
  LibName: 64,
  LibDescription: 128,
  EntityName: 64,
  EntityInfo: 256,
  /** Not documented: our choice, long enough for a signed OSS URL. */
  ImageUrl: 2048,
  /** Not documented: our choice. */
  LabelPrompt: 512,
  PageSize: 50,
  /** Not documented: our choice for a comma-separated LibId list. */
  LibIds: 100,
} as const;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export type Params = ReadonlyMap<string, string>;

export function required(params: Params, name: string): string {
  const value = params.get(name);
  if (value === undefined || value === '') throw ServiceError.missing(name);
  return value;
}

/** A short, quoted echo of what was sent, so a message names the value without carrying a whole payload. */
export function quoted(value: string): string {
  return `"${value.slice(0, 64)}"`;
}

export function algorithmParam(params: Params): Algorithm {
  const algorithm = required(params, 'Algorithm');
  if (!isServiceAlgorithm(algorithm)) {
    throw ServiceError.invalidParameter(
      `Algorithm must be one of ${ALGORITHMS.join(', ')}, got ${quoted(algorithm)}`,
    );
  }
  return algorithm;
}

function integer(params: Params, name: string, min: number, max: number): number {
  const raw = required(params, name);
  const value = /^[0-9]{1,10}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER ? `an integer of at least ${min}` : `an integer from ${min} to ${max}`;
    throw ServiceError.invalidParameter(`${name} must be ${range}, got "${raw.slice(0, 40)}"`);
  }
  return value;
}

export function pageParams(params: Params): { pageNumber: number; pageSize: number } {
  return {
    pageNumber: integer(params, 'PageNumber', 1, Number.MAX_SAFE_INTEGER),
    pageSize: integer(params, 'PageSize', 1, LIMITS.PageSize),
  };
}

/** A text within its byte limit; `''` when optional and absent. */
export function text(params: Params, name: keyof typeof LIMITS, mandatory: boolean): string {
  const value = mandatory ? required(params, name) : (params.get(name) ?? '');
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes > LIMITS[name]) {
    throw ServiceError.invalidParameter(`${name} must be at most ${LIMITS[name]} bytes, got ${bytes}`);
  }
  return value;
}

export function jsonText(params: Params, name: 'EntityInfo'): string {
  const value = text(params, name, false);
  if (value === '') return value;
  try {
    JSON.parse(value);
  } catch {
    throw ServiceError.invalidParameter(`${name} must be a JSON text`);
  }
  return value;
}

/** A comma-separated list of IDs (one ID is a list of one), without repeats, in the order given. */
export function idList(params: Params, name: 'LibId'): string[] {
  const ids = required(params, name).split(',');
  if (ids.length > LIMITS.LibIds || ids.some((id) => !ID.test(id))) {
    throw ServiceError.invalidParameter(`${name} must be up to ${LIMITS.LibIds} IDs separated by commas`);
  }
  return [...new Set(ids)];
}

export function notFound(name: 'LibId' | 'EntityId' | 'SampleId', id: string): ServiceError {
  return ServiceError.invalidParameter(`${name} ${quoted(id)} does not exist`);
}

/** One page of a list in its stable order; a page past the end is empty, with the true total. */
export function pageOf<T>(items: readonly T[], pageNumber: number, pageSize: number) {
  const start = (pageNumber - 1) * pageSize;
  return {
    PageNumber: pageNumber,
    PageSize: pageSize,
    TotalCount: items.length,
    rows: start < items.length ? items.slice(start, start + pageSize) : [],
  };
}
