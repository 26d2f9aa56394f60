/** The nine actions and the handler that answers each. */
import type { ActionHandler } from './action-context';
import { createRecognitionEntity, deleteRecognitionEntity, listRecognitionEntities } from './entity-actions';
import { createRecognitionLib, deleteRecognitionLib, listRecognitionLibs } from './library-actions';
import { createRecognitionSample, deleteRecognitionSample, listRecognitionSamples } from './sample-actions';
import type { RecognitionAction } from './service-model';

export const ACTION_HANDLERS: Record<RecognitionAction, ActionHandler> = {
  CreateRecognitionLib: createRecognitionLib,
  DeleteRecognitionLib: deleteRecognitionLib,
  ListRecognitionLibs: listRecognitionLibs,
  CreateRecognitionEntity: createRecognitionEntity,
  DeleteRecognitionEntity: deleteRecognitionEntity,
  ListRecognitionEntities: listRecognitionEntities,
  CreateRecognitionSample: createRecognitionSample,
  DeleteRecognitionSample: deleteRecognitionSample,
  ListRecognitionSamples: listRecognitionSamples,
};
