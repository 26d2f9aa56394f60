/** How the start-up report shows what it must not print whole: the AccessKeyId and a proxy URL's credentials. */

/** `LTAI****abcd`: enough to tell keys apart in a RAM console, too little to be worth stealing. Short IDs: `****`. */
export function maskAccessKeyId(accessKeyId: string): string {
  if (accessKeyId.length < 12) return `${accessKeyId.slice(0, 4)}****`;
  return `${accessKeyId.slice(0, 4)}****${accessKeyId.slice(-4)}`;
}

/** A proxy URL without its user and password (`http://****@proxy:3128`); a URL that does not parse is hidden. */
export function maskProxyUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const hidden = parsed.username !== '' || parsed.password !== '';
    return `${parsed.protocol}//${hidden ? '****@' : ''}${parsed.host}`;
  } catch {
    return '(hidden: not a URL)';
  }
}
