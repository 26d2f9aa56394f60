/**
 * The emulator's front door: what servers, tests and benchmarks outside this workspace may use. Everything else
 * under src/ is the emulator's own business.
 */
export {
  type AccountBehaviour,
  DEMO_ACCOUNT,
  DEMO_ACCOUNT_ID,
  EMULATOR_ACCOUNTS,
  type EmulatorAccount,
  READ_ONLY_ACCOUNT,
} from './accounts';
export type { CallStats } from './call-counter';
export {
  DEFAULT_SEED,
  type EmulatorData,
  type EmulatorLib,
  generateDemoData,
  LIBRARY_COUNTS,
} from './demo-data';
export {
  DEMO_EDGES,
  type DemoEdges,
  type DemoEntityEdge,
  type DemoLibraryEdge,
  demoEdges,
} from './demo-edges';
export { renderDemoImage } from './demo-image';
export type { EmulatorStats } from './emulator-runtime';
export {
  FAULT_KINDS,
  type FaultKind,
  FaultPlan,
  type FaultRule,
  type FaultSettings,
  NO_FAULTS,
} from './faults';
export { LIMITS as RECOGNITION_LIMITS } from './params';
export {
  isReadAction,
  RECOGNITION_ACTIONS,
  type RecognitionAction,
  SERVICE_ALGORITHMS,
  SERVICE_REGIONS,
  type ServiceAlgorithm,
  type ServiceRegion,
} from './service-model';
export {
  type Emulator,
  type EmulatorOptions,
  ICE_VERSION,
  SERVICE_QPS_LIMIT,
  startEmulator,
} from './start-emulator';
export { StateFileError } from './state-file';
export type { StateView } from './state-view';
export type { StateDocument } from './store-records';
