/**
 * An ImageUrl the browser may load: http or https only. The URL comes from the service as stored by whoever created
 * the sample; anything else (javascript:, data:, a relative path) is not shown as an image or a link.
 */
export function safeImageUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
