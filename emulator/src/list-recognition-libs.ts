/** ListRecognitionLibs itself: parameter checks in the service's words, then the page of libraries. */

import type { EmulatorData } from './demo-data';
import { ServiceError } from './service-error';
import type { ServiceRegion as Region } from './service-model';
import { SERVICE_ALGORITHMS as ALGORITHMS, isServiceAlgorithm as isAlgorithm } from './service-model';

const LIB_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_LIB_IDS = 100;

function integerParam(params: Map<string, string>, name: string, min: number, max: number): number {
  const raw = params.get(name);
  if (raw === undefined || raw === '') throw ServiceError.missing(name);
  const value = /^[0-9]{1,10}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(value) || value < min || value > max) {
    const range =
      max === Number.MAX_SAFE_INTEGER ? `an integer of at least ${min}` : `an integer from ${min} to ${max}`;
    throw ServiceError.invalidParameter(`${name} must be ${range}, got "${raw.slice(0, 40)}"`);
  }
  return value;
}

export function listRecognitionLibs(
  data: EmulatorData,
  region: Region,
  params: Map<string, string>,
  requestId: string,
): Record<string, unknown> {
  const algorithm = params.get('Algorithm');
  if (algorithm === undefined || algorithm === '') throw ServiceError.missing('Algorithm');
  if (!isAlgorithm(algorithm)) {
    throw ServiceError.invalidParameter(
      `Algorithm must be one of ${ALGORITHMS.join(', ')}, got "${algorithm.slice(0, 40)}"`,
    );
  }
  const pageNumber = integerParam(params, 'PageNumber', 1, Number.MAX_SAFE_INTEGER);
  const pageSize = integerParam(params, 'PageSize', 1, 50);
  let libs = data[region][algorithm];
  const libIdText = params.get('LibId');
  if (libIdText !== undefined && libIdText !== '') {
    const ids = libIdText.split(',');
    if (ids.length > MAX_LIB_IDS || ids.some((id) => !LIB_ID.test(id))) {
      throw ServiceError.invalidParameter(`LibId must be up to ${MAX_LIB_IDS} IDs separated by commas`);
    }
    const wanted = new Set(ids);
    libs = libs.filter((lib) => wanted.has(lib.LibId));
  }
  const start = (pageNumber - 1) * pageSize;
  return {
    RequestId: requestId,
    PageNumber: pageNumber,
    PageSize: pageSize,
    TotalCount: libs.length,
    Libs: { Lib: start < libs.length ? libs.slice(start, start + pageSize) : [] },
  };
}
