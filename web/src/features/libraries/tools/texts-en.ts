/**
 * English texts of the view tools (export all, show as code, search everywhere). They ship in the tools' own lazy
 * chunk, not in the first load.
 */
import { countFormat } from '../../../lib/i18n/count-format';

const n = countFormat('en-US');

export const toolsEn = {
  nameFilter: {
    label: 'Filter this page by name',
    hint: 'This page only: the service cannot search by name.',
    none: 'No name on this page contains that.',
  },
  exportAll: {
    button: (total: number) => `Export all (${n(total)})`,
    legend: (total: number) => `Export all ${n(total)} rows`,
    start: 'Start the export',
    close: 'Close',
    format: 'Format of the full export',
    formats: { excelCsv: 'CSV for Excel (with BOM)', csv: 'CSV', json: 'JSON' },
    progress: (rows: number, total: number) => `Exporting… ${n(rows)} of ${n(total)} rows`,
    progressLabel: 'Rows exported so far',
    cancel: 'Cancel',
    done: (rows: number, file: string) => `Saved ${n(rows)} rows as ${file}.`,
    capped: (cap: number) => `The view holds more rows than one export may (${n(cap)}); the file says so.`,
    cancelled: 'The export was cancelled; nothing was saved.',
    incomplete: (reason: string) =>
      `The export stopped before the end, and the saved file says so in its last line: ${reason}`,
    failed: 'The export could not start.',
  },
  code: {
    button: 'Show as code',
    title: 'This view as code',
    close: 'Close',
    intro:
      'The same call this page makes, to run yourself. Credentials come from your own environment or aliyun CLI profile, never from this dashboard.',
    cli: 'aliyun CLI',
    cliNote: 'Uses the profile of `aliyun configure` (or ALIBABA_CLOUD_* variables).',
    node: 'Node.js (@alicloud/openapi-client)',
    nodeNote: 'Reads ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET from the environment.',
  },
  find: {
    offer: 'Look in every region and algorithm',
    offerHint: 'One call per region and algorithm (20 in all), paced like every other call.',
    searching: 'Looking in all 20 regions and algorithms…',
    title: 'Where these LibIds live',
    in: (region: string, algorithm: string) => `${algorithm} in ${region}`,
    nowhere: 'in no region or algorithm',
    unanswered: (views: string) => `Not searched, as these could not be read: ${views}`,
    failed: 'The search everywhere failed.',
    retry: 'Try again',
  },
};
