/**
 * English texts of the write controls (create, delete). They ship in the write chunk, never in the first load:
 * the controls render only once that chunk is there.
 */
const bytes = (used: number, max: number) => `${used} / ${max} bytes`;

export const manageEn = {
  writesOff:
    'Changes are turned off on this dashboard. An operator can turn them on by starting the server with ICE_WRITES=on.',
  bytes,
  bytesHint: 'Limits are in bytes: a Chinese character takes 3.',
  tooLong: (max: number) => `Too long: at most ${max} bytes.`,
  required: 'Required.',
  cancel: 'Cancel',
  close: 'Close',
  where: (region: string, algorithm: string) => `In ${region}, ${algorithm} libraries.`,
  newLibrary: {
    open: 'New library',
    title: 'New library',
    name: 'Name',
    description: 'Description (optional)',
    submit: 'Create library',
    busy: 'Creating…',
  },
  addEntity: {
    open: 'Add entity',
    title: 'Add an entity',
    name: 'Entity name',
    info: 'EntityInfo (optional JSON)',
    infoHint: 'Any JSON, for example {"description": "The Eiffel Tower"}.',
    infoInvalid: (reason: string) => `Not valid JSON: ${reason}`,
    infoValid: 'Valid JSON.',
    submit: 'Add entity',
    busy: 'Adding…',
    done: (name: string) => `Entity “${name}” added.`,
    openIt: 'Open it',
  },
  addSample: {
    open: 'Add sample',
    title: 'Add a sample',
    imageUrl: 'Image address (http or https)',
    imageInvalid: 'Enter an absolute http:// or https:// address.',
    preview: 'Preview',
    prompt: 'Text prompt',
    promptHint: 'Samples of label libraries are text prompts.',
    submit: 'Add sample',
    busy: 'Adding…',
    done: (id: string) => `Sample ${id} added.`,
  },
  deleteLibrary: {
    open: 'Delete library',
    title: (name: string) => `Delete the library “${name}”?`,
    warning: 'Its entities and all their samples are deleted with it. This cannot be undone.',
    typeName: (name: string) => `Type the library’s name, ${name}, to confirm`,
  },
  deleteEntity: {
    open: 'Delete entity',
    title: (name: string) => `Delete the entity “${name}”?`,
    warning: 'Its samples are deleted with it. This cannot be undone.',
  },
  deleteSample: {
    open: (id: string) => `Delete sample ${id}`,
    title: (id: string) => `Delete the sample ${id}?`,
    warning: 'This cannot be undone.',
  },
  confirmDelete: 'Delete',
  deleting: 'Deleting…',
  errors: {
    failedTitle: 'The change was not made',
    unknownTitle: 'The outcome is unknown',
    unknown:
      'The request may or may not have reached Alibaba Cloud, so it was not retried (that could make the change twice). Check the list below before trying again.',
    checkList: 'Close and check the list',
    writesDisabled: 'Changes are turned off on this dashboard (ICE_WRITES is not on).',
    readOnly: 'This session may only read. Sign in with the editor token to make changes.',
    keyReused: 'This change was already sent with different content. Send it again to make a new attempt.',
    permission: (action: string) =>
      `The account’s RAM policy does not allow ${action}. Whoever runs the account can add this statement to the policy of the AccessKey this dashboard uses:`,
    retry: 'Your input is kept: correct it or send it again.',
  },
};
