/**
 * What an audit line says about an attempt: region, algorithm, IDs and the name typed. Taken from the request
 * only where a value has the right shape, so a refused request's garbage never lands in the trail; image URLs and
 * prompts are left out (a signed URL can carry a token in its query).
 */
import { algorithmSchema, regionSchema } from '@ice-console/shared/catalog-schemas';
import { LIB_ID_PATTERN } from '@ice-console/shared/lib-ids';
import { utf8Bytes } from '@ice-console/shared/utf8';
import { WRITE_LIMITS } from '@ice-console/shared/write-limits';
import type { AuditEntry } from '@ice-console/shared/writes';

export type AuditFacts = Pick<
  AuditEntry,
  'region' | 'algorithm' | 'libId' | 'entityId' | 'sampleId' | 'name' | 'upstreamRequestId'
>;

const field = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;

const id = (value: unknown) => (typeof value === 'string' && LIB_ID_PATTERN.test(value) ? value : undefined);

const name = (value: unknown) =>
  typeof value === 'string' && value !== '' && utf8Bytes(value) <= WRITE_LIMITS.libNameBytes
    ? value
    : undefined;

/** Route parameters, then the query (deletes) or the body (creates). */
export function attemptFacts(params: unknown, query: unknown, body: unknown): AuditFacts {
  const from = (key: string) => field(body, key) ?? field(query, key);
  const facts: AuditFacts = {
    region: regionSchema.safeParse(from('region')).data ?? '',
    algorithm: algorithmSchema.safeParse(from('algorithm')).data ?? '',
  };
  const libId = id(field(params, 'libId'));
  const entityId = id(field(params, 'entityId'));
  const sampleId = id(field(params, 'sampleId'));
  const typed = name(field(body, 'libName') ?? field(body, 'entityName'));
  return {
    ...facts,
    ...(libId === undefined ? {} : { libId }),
    ...(entityId === undefined ? {} : { entityId }),
    ...(sampleId === undefined ? {} : { sampleId }),
    ...(typed === undefined ? {} : { name: typed }),
  };
}

/** The IDs a create's answer carries, for its outcome line. */
export function createdIds(answer: unknown): Pick<AuditFacts, 'libId' | 'entityId' | 'sampleId'> {
  const libId = id(field(answer, 'libId'));
  const entityId = id(field(answer, 'entityId'));
  const sampleId = id(field(answer, 'sampleId'));
  return {
    ...(libId === undefined ? {} : { libId }),
    ...(entityId === undefined ? {} : { entityId }),
    ...(sampleId === undefined ? {} : { sampleId }),
  };
}
