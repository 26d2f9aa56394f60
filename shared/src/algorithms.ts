/** The five recognition algorithms a library can belong to. */
import { z } from 'zod';

export const ALGORITHMS = ['landmark', 'object', 'logo', 'face', 'label'] as const;
export const algorithmSchema = z.enum(ALGORITHMS, {
  error: () => `must be one of ${ALGORITHMS.join(', ')}`,
});
export type Algorithm = z.infer<typeof algorithmSchema>;

export const DEFAULT_ALGORITHM: Algorithm = 'landmark';
