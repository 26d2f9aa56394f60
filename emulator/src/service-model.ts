/**
 * The service's own vocabulary, as Alibaba documents it: the regions that serve the recognition family and the
 * algorithms a library belongs to. The emulator models the service, not our contract, so it keeps its own lists.
 */
export const SERVICE_REGIONS = ['cn-beijing', 'cn-hangzhou', 'cn-shanghai', 'cn-shenzhen'] as const;
export type ServiceRegion = (typeof SERVICE_REGIONS)[number];

export const SERVICE_ALGORITHMS = ['landmark', 'object', 'logo', 'face', 'label'] as const;
export type ServiceAlgorithm = (typeof SERVICE_ALGORITHMS)[number];

export function isServiceAlgorithm(value: string): value is ServiceAlgorithm {
  return (SERVICE_ALGORITHMS as readonly string[]).includes(value);
}
