/** Hands a file made in the browser to its download manager, from a blob URL revoked once the save has started. */
export function download(content: string | Blob, fileName: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the blob; revoking later gives slow browsers time to read it.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
