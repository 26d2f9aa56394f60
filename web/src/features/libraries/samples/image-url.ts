/**
 * An ImageUrl the browser may load: http or https only. The URL comes from the service as stored by whoever created
 * the sample; anything else (javascript:, data:) is not shown as an image or a link. A path is read against this
 * page's own origin: demo mode's pictures are served by the dashboard itself, so they show from any machine.
 */
export function safeImageUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url, window.location.origin);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
