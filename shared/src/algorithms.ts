/** The five recognition algorithms a library can belong to. Free of zod: the browser imports it. */
export const ALGORITHMS = ['landmark', 'object', 'logo', 'face', 'label'] as const;
export type Algorithm = (typeof ALGORITHMS)[number];

export const DEFAULT_ALGORITHM: Algorithm = 'landmark';

export function isAlgorithm(value: string): value is Algorithm {
  return (ALGORITHMS as readonly string[]).includes(value);
}
