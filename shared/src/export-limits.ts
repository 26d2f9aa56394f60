/**
 * The full export (GET /api/libraries/export and /api/libraries/:libId/entities/export): its limits, the headers
 * that announce its size, and the lines that end a file early. Free of zod: the browser reads the stream with them.
 */
/** Pages of the service's largest size, so an export takes as few calls as it can. */
export const EXPORT_PAGE_SIZE = 50;
/** At most this many rows in one file (2,000 calls, about 4 minutes at the default budget); the file says so. */
export const EXPORT_ROW_CAP = 100_000;

/** How many rows the view held when the export started; the file holds at most EXPORT_ROW_CAP of them. */
export const EXPORT_TOTAL_HEADER = 'X-Total-Count';

/**
 * The last line of a file that stopped before its end, CSV or JSON: the reason follows. In a JSON file it comes
 * after the rows, before any closing bracket, so the file cannot be read as complete.
 */
export const INCOMPLETE_MARKER = '# INCOMPLETE EXPORT:';
/** The last line of a CSV file cut at EXPORT_ROW_CAP (a JSON file says so in its closing fields). */
export const ROW_CAP_MARKER = '# ROW CAP REACHED:';
