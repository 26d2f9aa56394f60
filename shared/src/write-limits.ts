/** The service's limits on what a write may carry, in UTF-8 bytes. Free of zod: the browser's counters use it. */
export const WRITE_LIMITS = {
  libNameBytes: 64,
  libDescriptionBytes: 128,
  entityNameBytes: 64,
  entityInfoBytes: 256,
  imageUrlBytes: 2048,
  labelPromptBytes: 512,
} as const;

/** Every write carries one (a UUID, made by the browser per user action): the same key is never sent twice. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** Set (to `true`) on an answer that repeats the first one given for the same Idempotency-Key. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
