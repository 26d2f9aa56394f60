/**
 * The emulator's front door: what servers, tests and benchmarks outside this workspace may use. Everything else
 * under src/ is the emulator's own business.
 */
export { type AccountBehaviour, DEMO_ACCOUNT, EMULATOR_ACCOUNTS, type EmulatorAccount } from './accounts';
export type { CallStats } from './call-counter';
export {
  DEFAULT_SEED,
  type EmulatorData,
  type EmulatorLib,
  generateDemoData,
  LIBRARY_COUNTS,
} from './demo-data';
export { FAULT_KINDS, type FaultKind, FaultPlan, type FaultSettings, NO_FAULTS } from './faults';
export {
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
