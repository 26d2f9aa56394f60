/**
 * BASE_PATH: the URL prefix a reverse proxy mounts the dashboard under (`/ice`), or `/` for the root. Checked
 * strictly, because it goes as it is into routes, the session cookie's Path and index.html: a path that starts
 * with `/`, has no trailing `/`, no `.` or `..` segment, and only unreserved URL characters (RFC 3986).
 */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;
const FORM = 'give a URL path such as /ice (letters, digits and . _ ~ - between slashes), or / for the root';

/** The prefix routes are mounted under ('' for the root), or why the setting cannot be used. */
export function parseBasePath(text: string): { value: string } | { problem: string } {
  if (text === '/') return { value: '' };
  const segments = text.split('/').slice(1);
  const problem = !text.startsWith('/')
    ? 'must start with /'
    : text.endsWith('/')
      ? 'must not end with /'
      : segments.some((segment) => segment === '.' || segment === '..')
        ? 'must not hold . or .. segments'
        : segments.some((segment) => !SEGMENT.test(segment))
          ? 'holds a character that is not URL-safe, or an empty segment'
          : undefined;
  return problem === undefined ? { value: text } : { problem: `"${text}" ${problem}; ${FORM}` };
}
