/**
 * CreateRecognitionSample, DeleteRecognitionSample and ListRecognitionSamples. A sample is an image (ImageUrl) in
 * landmark, object, logo and face libraries, and a text prompt (LabelPrompt) in label libraries.
 */
import type { ActionContext, ActionHandler } from './action-context';
import { entityOf, libraryOf, removeById } from './lookups';
import { algorithmParam, idList, notFound, type Params, pageOf, pageParams, required, text } from './params';
import { ServiceError } from './service-error';
import type { ServiceAlgorithm } from './service-model';
import type { SampleRecord } from './store-records';

/** `EntityId=ANY` lists by EntityName instead of by one entity. */
export const ANY_ENTITY = 'ANY';

/** The field the algorithm uses must be there, the other must not: a console sending the wrong one learns here. */
function sampleContent(params: Params, algorithm: ServiceAlgorithm): Omit<SampleRecord, 'SampleId'> {
  const [wanted, other] = algorithm === 'label' ? ['LabelPrompt', 'ImageUrl'] : ['ImageUrl', 'LabelPrompt'];
  if ((params.get(other) ?? '') !== '') {
    throw ServiceError.invalidParameter(`${other} is not used by ${algorithm} libraries; send ${wanted}`);
  }
  if ((params.get(wanted) ?? '') === '') {
    throw ServiceError.invalidParameter(`${wanted} is required for ${algorithm} libraries`);
  }
  if (algorithm === 'label') return { LabelPrompt: text(params, 'LabelPrompt', true) };
  const url = text(params, 'ImageUrl', true);
  // The service's treatment of unreachable URLs is unknown; the emulator checks the form and never fetches.
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw ServiceError.invalidParameter('ImageUrl must be an http or https URL');
  }
  return { ImageUrl: url };
}

export const createRecognitionSample: ActionHandler = (context) => {
  const { store, accountId, region, params, requestId } = context;
  const algorithm = algorithmParam(params);
  const libId = required(params, 'LibId');
  const entityId = required(params, 'EntityId');
  const content = sampleContent(params, algorithm);
  entityOf(context, algorithm, libraryOf(context, algorithm, libId), entityId);
  const SampleId = context.newId();
  store.write(accountId, region, algorithm, (libs, entitiesOf) => {
    const lib = libs.find((l) => l.LibId === libId);
    const entity = lib && entitiesOf(lib).find((e) => e.EntityId === entityId);
    entity?.Samples.push({ SampleId, ...content });
  });
  return { RequestId: requestId, SampleId };
};

export const deleteRecognitionSample: ActionHandler = (context) => {
  const { store, accountId, region, params, requestId } = context;
  const algorithm = algorithmParam(params);
  const libId = required(params, 'LibId');
  const entityId = required(params, 'EntityId');
  const sampleId = required(params, 'SampleId');
  const entity = entityOf(context, algorithm, libraryOf(context, algorithm, libId), entityId);
  if (!entity.Samples.some((sample) => sample.SampleId === sampleId)) throw notFound('SampleId', sampleId);
  store.write(accountId, region, algorithm, (libs, entitiesOf) => {
    const lib = libs.find((l) => l.LibId === libId);
    const own = lib && entitiesOf(lib).find((e) => e.EntityId === entityId);
    if (own) removeById(own.Samples, (sample) => sample.SampleId === sampleId);
  });
  return { RequestId: requestId };
};

interface ListedSample {
  SampleId: string;
  ImageUrl: string;
  EntityId: string;
  LibId: string;
}

/** The samples of the listed libraries (in the order given), of one entity or, with ANY, of the named ones. */
function matchingSamples(context: ActionContext, algorithm: ServiceAlgorithm): ListedSample[] {
  const { store, region, params } = context;
  const libs = idList(params, 'LibId').map((id) => libraryOf(context, algorithm, id));
  const entityId = required(params, 'EntityId');
  const entityName = params.get('EntityName') ?? '';
  const rows: ListedSample[] = [];
  let entityFound = entityId === ANY_ENTITY;
  for (const lib of libs) {
    for (const entity of store.entities(region, algorithm, lib)) {
      const wanted =
        entityId === ANY_ENTITY
          ? entityName === '' || entity.EntityName === entityName
          : entity.EntityId === entityId;
      if (!wanted) continue;
      entityFound = true;
      for (const sample of entity.Samples) {
        const { SampleId } = sample;
        rows.push({
          SampleId,
          ImageUrl: context.imageUrlOf(sample),
          EntityId: entity.EntityId,
          LibId: lib.LibId,
        });
      }
    }
  }
  if (!entityFound) throw notFound('EntityId', entityId);
  return rows;
}

export const listRecognitionSamples: ActionHandler = (context) => {
  const algorithm = algorithmParam(context.params);
  required(context.params, 'LibId');
  required(context.params, 'EntityId');
  const { pageNumber, pageSize } = pageParams(context.params);
  const { rows, ...page } = pageOf(matchingSamples(context, algorithm), pageNumber, pageSize);
  return { RequestId: context.requestId, ...page, Samples: { Sample: rows } };
};
