/**
 * The service's own vocabulary, as Alibaba documents it: the regions that serve the recognition family, the
 * algorithms a library belongs to, and the nine actions. The emulator models the service, not our contract, so it
 * keeps its own lists.
 */
export const SERVICE_REGIONS = ['cn-beijing', 'cn-hangzhou', 'cn-shanghai', 'cn-shenzhen'] as const;
export type ServiceRegion = (typeof SERVICE_REGIONS)[number];

export const SERVICE_ALGORITHMS = ['landmark', 'object', 'logo', 'face', 'label'] as const;
export type ServiceAlgorithm = (typeof SERVICE_ALGORITHMS)[number];

export function isServiceAlgorithm(value: string): value is ServiceAlgorithm {
  return (SERVICE_ALGORITHMS as readonly string[]).includes(value);
}

/** The recognition family of ICE 2020-11-09 (../shared/ICE-RECOGNITION.md), in the document's order. */
export const RECOGNITION_ACTIONS = [
  'CreateRecognitionLib',
  'DeleteRecognitionLib',
  'ListRecognitionLibs',
  'CreateRecognitionEntity',
  'DeleteRecognitionEntity',
  'ListRecognitionEntities',
  'CreateRecognitionSample',
  'DeleteRecognitionSample',
  'ListRecognitionSamples',
] as const;
export type RecognitionAction = (typeof RECOGNITION_ACTIONS)[number];

const ACTION_SET: ReadonlySet<string> = new Set(RECOGNITION_ACTIONS);

export function isRecognitionAction(value: string | undefined): value is RecognitionAction {
  return value !== undefined && ACTION_SET.has(value);
}

/** RAM's read actions: a read-only policy is `ice:List*`. */
export function isReadAction(action: RecognitionAction): boolean {
  return action.startsWith('List');
}
