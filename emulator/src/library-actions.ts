/** CreateRecognitionLib, DeleteRecognitionLib and ListRecognitionLibs. */
import type { ActionHandler } from './action-context';
import { algorithmParam, idList, notFound, pageOf, pageParams, required, text } from './params';

export const createRecognitionLib: ActionHandler = ({
  store,
  accountId,
  region,
  params,
  requestId,
  newId,
}) => {
  const algorithm = algorithmParam(params);
  const LibName = text(params, 'LibName', true);
  const LibDescription = text(params, 'LibDescription', false);
  const LibId = newId();
  store.write(accountId, region, algorithm, (libs) => {
    libs.push({ LibId, LibName, LibDescription, Entities: [] });
  });
  return { RequestId: requestId, LibId };
};

export const deleteRecognitionLib: ActionHandler = ({ store, accountId, region, params, requestId }) => {
  const algorithm = algorithmParam(params);
  const libId = required(params, 'LibId');
  if (!store.findLibrary(accountId, region, algorithm, libId)) throw notFound('LibId', libId);
  // Its entities and samples live inside it, so they go with it, as the document says.
  store.write(accountId, region, algorithm, (libs) => {
    libs.splice(
      libs.findIndex((lib) => lib.LibId === libId),
      1,
    );
  });
  return { RequestId: requestId };
};

export const listRecognitionLibs: ActionHandler = ({ store, accountId, region, params, requestId }) => {
  const algorithm = algorithmParam(params);
  const { pageNumber, pageSize } = pageParams(params);
  let libs = store.libraries(accountId, region, algorithm);
  if ((params.get('LibId') ?? '') !== '') {
    // A filter: IDs that do not exist here are left out, not refused (TotalCount counts the matches).
    const wanted = new Set(idList(params, 'LibId'));
    libs = libs.filter((lib) => wanted.has(lib.LibId));
  }
  const { rows, ...page } = pageOf(libs, pageNumber, pageSize);
  return {
    RequestId: requestId,
    ...page,
    Libs: { Lib: rows.map(({ LibId, LibName, LibDescription }) => ({ LibId, LibName, LibDescription })) },
  };
};
