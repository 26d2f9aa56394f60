/** CreateRecognitionEntity, DeleteRecognitionEntity and ListRecognitionEntities. */
import type { ActionHandler } from './action-context';
import { entityOf, libraryOf, removeById } from './lookups';
import { algorithmParam, jsonText, pageOf, pageParams, required, text } from './params';

export const createRecognitionEntity: ActionHandler = (context) => {
  const { store, accountId, region, params, requestId } = context;
  const algorithm = algorithmParam(params);
  const libId = required(params, 'LibId');
  const EntityName = text(params, 'EntityName', true);
  const EntityInfo = jsonText(params, 'EntityInfo');
  libraryOf(context, algorithm, libId);
  const EntityId = context.newId();
  store.write(accountId, region, algorithm, (libs, entitiesOf) => {
    const lib = libs.find((l) => l.LibId === libId);
    if (lib) entitiesOf(lib).push({ EntityId, EntityName, EntityInfo, Samples: [] });
  });
  return { RequestId: requestId, EntityId };
};

export const deleteRecognitionEntity: ActionHandler = (context) => {
  const { store, accountId, region, params, requestId } = context;
  const algorithm = algorithmParam(params);
  const libId = required(params, 'LibId');
  const entityId = required(params, 'EntityId');
  entityOf(context, algorithm, libraryOf(context, algorithm, libId), entityId);
  // Its samples live inside it and go with it: the document does not say, so this is our assumption.
  store.write(accountId, region, algorithm, (libs, entitiesOf) => {
    const lib = libs.find((l) => l.LibId === libId);
    if (lib) removeById(entitiesOf(lib), (entity) => entity.EntityId === entityId);
  });
  return { RequestId: requestId };
};

export const listRecognitionEntities: ActionHandler = (context) => {
  const { store, region, params, requestId } = context;
  const algorithm = algorithmParam(params);
  const libId = required(params, 'LibId');
  const { pageNumber, pageSize } = pageParams(params);
  const lib = libraryOf(context, algorithm, libId);
  const { rows, ...page } = pageOf(store.entities(region, algorithm, lib), pageNumber, pageSize);
  return {
    RequestId: requestId,
    ...page,
    Entities: {
      Entity: rows.map(({ EntityId, EntityName, EntityInfo }) => ({ EntityId, EntityName, EntityInfo })),
    },
  };
};
