/**
 * English texts of the library and entity pages. They ship in those pages' chunks, not in the first load: the
 * chunk is fetched before the page shows anyway, so there is no flash of missing text.
 */
import { countFormat } from '../../../lib/i18n/count-format';

const n = countFormat('en-US');
const count = (title: string) => (total?: number) => (total === undefined ? title : `${title} (${n(total)})`);

export const contentsEn = {
  breadcrumb: 'You are here',
  libraries: 'Libraries',
  libraryLoading: 'Loading the library…',
  noDescription: 'No description',
  libId: 'LibId',
  entityId: 'EntityId',
  badLink: 'This link does not name a library or entity: an ID is 1 to 64 of A–Z, a–z, 0–9, _ and -.',
  entities: {
    title: count('Entities'),
    caption: (library: string) => `Entities of ${library}`,
    loading: 'Loading entities…',
    rowNumber: 'No.',
    name: 'Name',
    info: 'EntityInfo',
    noInfo: 'none',
    empty: 'This library has no entities yet.',
  },
  search: {
    label: 'Find samples by entity name',
    placeholder: 'An entity name',
    hint: 'The service’s search by EntityName, in this library. Names are not unique: samples of every entity with the name are shown.',
    apply: 'Find',
    clear: 'Show the entities',
    tooLong: (max: number) => `At most ${max} bytes (a Chinese character takes 3).`,
    title: (name: string) => `Samples of entities named “${name}”`,
    empty: (name: string) => `No samples of an entity named “${name}”.`,
  },
  entity: {
    title: 'Entity',
    empty: 'This entity has no samples yet.',
  },
  samples: {
    title: count('Samples'),
    loading: 'Loading samples…',
    listLabel: 'Samples',
    open: (id: string) => `Sample ${id}: open at full size`,
    broken: 'The image could not be loaded',
    noImage: 'No image address',
    label: 'Text prompt',
    labelNote:
      'Samples of label libraries are text prompts. The service does not return a prompt’s text when it lists samples, so only their SampleIds can be shown here.',
    dialog: (id: string) => `Sample ${id}`,
    sampleId: 'SampleId',
    imageUrl: 'Image address',
    openEntity: 'Open this entity',
    openImage: 'Open the image in a new tab',
    close: 'Close',
  },
};
