/** English texts of the overview page; they ship in its lazy chunk. */
import { countFormat } from '../../../lib/i18n/count-format';

const n = countFormat('en-US');

export const overviewEn = {
  title: 'Where your libraries are',
  intro:
    'How many libraries each region and algorithm holds, one call each. Open a cell to see its libraries.',
  caption: 'Libraries per region and algorithm',
  region: 'Region',
  loading: 'Loading…',
  count: (count: number, algorithm: string, region: string) =>
    `${n(count)} ${algorithm} ${count === 1 ? 'library' : 'libraries'} in ${region}`,
  emptyCell: (algorithm: string, region: string) => `No ${algorithm} libraries in ${region}`,
  errorCell: (algorithm: string, region: string, title: string, code: string) =>
    `${algorithm} libraries in ${region} could not be counted: ${title} (${code})`,
  total: (count: number, views: number) => `${n(count)} libraries in ${views} of 20 views`,
  legend: {
    empty: 'none',
    error: 'could not be read: open the cell for the reason and what to do',
  },
};
