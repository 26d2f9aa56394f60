/** English texts: the shape every other language must match. */
import { countFormat } from './count-format';

// Counts are written for the language ("1,234"); the format getter is already bound to its formatter.
const n = countFormat('en-US');

export const en = {
  formatNumber: n,
  appTitle: 'ICE recognition libraries',
  overviewLink: 'Overview',
  auditLink: 'Audit',
  listTitle: (total?: number) => (total === undefined ? 'Libraries' : `Libraries (${n(total)})`),
  language: 'Language',
  otherLanguage: '中文',
  otherLanguageTag: 'zh-CN',
  signOut: 'Sign out',
  region: 'Region',
  algorithm: 'Algorithm',
  algorithms: { landmark: 'Landmark', object: 'Object', logo: 'Logo', face: 'Face', label: 'Label' },
  algorithmNouns: { landmark: 'landmark', object: 'object', logo: 'logo', face: 'face', label: 'label' },
  search: {
    label: 'Search by LibId',
    placeholder: 'One or more LibIds',
    hint: 'Separate IDs with commas, spaces or new lines. Enter searches; / comes back here.',
    apply: 'Search',
    clear: 'Clear',
    remove: (id: string) => `Remove ${id}`,
    chipsLabel: 'LibIds searched for',
    invalid: (ids: string) => `Not valid LibIds (1 to 64 of A–Z, a–z, 0–9, _ and -): ${ids}`,
    tooMany: (max: number) => `At most ${max} LibIds can be searched for at once.`,
    notFound: (ids: string) => `Not found: ${ids}`,
    notFoundCount: (count: number) => `${count} of the LibIds searched for matched nothing.`,
  },
  table: {
    caption: (region: string, algorithm: string) => `${algorithm} libraries in ${region}`,
    rowNumber: 'No.',
    libId: 'LibId',
    name: 'Name',
    description: 'Description',
    loading: 'Loading libraries…',
    updating: 'Loading the page…',
  },
  copy: {
    copy: 'Copy',
    copied: 'Copied',
    failed: 'Copy by hand',
    impossible:
      'This browser does not allow copying here (the page is not served over HTTPS). Select the text and press Ctrl+C (⌘C on a Mac).',
  },
  paging: {
    label: 'Pages',
    first: 'First page',
    previous: 'Previous page',
    next: 'Next page',
    last: 'Last page',
    page: 'Page',
    of: (count: number) => `of ${n(count)}`,
    go: 'Go',
    pageSize: 'Rows per page',
    range: (from: number, to: number, total: number) => `${n(from)}–${n(to)} of ${n(total)}`,
    pastEnd: (page: number, last: number) =>
      `Page ${n(page)} is past the end: there ${last === 1 ? 'is 1 page' : `are ${n(last)} pages`}.`,
    goLast: 'Go to the last page',
  },
  refresh: 'Refresh',
  updatedAgo: (ago: string) => `Updated ${ago}`,
  justNow: 'just now',
  export: {
    label: 'Export this page',
    csv: 'CSV',
    json: 'JSON',
    bom: 'BOM for Excel',
    failed: 'The export failed. Try again.',
  },
  empty: (algorithm: string, region: string) => `No ${algorithm} libraries in ${region}`,
  emptySearch: 'None of the LibIds searched for are in this region and algorithm.',
  corrected: 'The link had values this page cannot show, so they were corrected:',
  correction: (name: string, value: string, used: string) => `${name} “${value}” → ${used}`,
  correctionDismiss: 'Dismiss',
  demo: {
    title: 'Demo mode',
    text: 'The data comes from the built-in emulator, not from Alibaba Cloud.',
    howTo:
      'To connect a real account, set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (or ALIBABA_CLOUD_PROFILE) and restart the server with ICE_MODE=cloud.',
  },
  pageNotFound: {
    title: 'There is no such page',
    back: 'Go to the libraries',
  },
  signIn: {
    title: 'Sign in',
    text: 'This dashboard is protected. Enter the access token its administrator gave you (DASHBOARD_TOKEN).',
    token: 'Access token',
    submit: 'Sign in',
    invalid: 'That token is not right.',
    tooMany: (seconds: number) => `Too many attempts. Try again in ${seconds} s.`,
  },
};
