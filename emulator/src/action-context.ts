/** What every action handler gets: the store, whose call it is, and how to make IDs and demo image URLs. */
import type { Params } from './params';
import type { RecognitionStore } from './recognition-store';
import type { ServiceRegion } from './service-model';
import type { SampleRecord } from './store-records';

export interface ActionContext {
  store: RecognitionStore;
  accountId: string;
  region: ServiceRegion;
  params: Params;
  requestId: string;
  /** A new 32-hex ID, the shape of the service's. */
  newId(): string;
  /** The ImageUrl a sample is listed with. */
  imageUrlOf(sample: SampleRecord): string;
}

/** The answer body, `RequestId` first as the service writes it. */
export type ActionHandler = (context: ActionContext) => Record<string, unknown>;
