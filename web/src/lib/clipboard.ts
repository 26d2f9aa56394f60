/**
 * Copying text. The clipboard API exists only in a secure context (HTTPS or loopback), so a dashboard served over
 * plain HTTP on a LAN address (HOST=0.0.0.0 with DASHBOARD_TOKEN) falls back to the older execCommand('copy') on a
 * hidden text area. Resolves to whether the text was copied, so the caller can say when it was not.
 */
export async function copyText(text: string): Promise<boolean> {
  if (typeof navigator.clipboard?.writeText === 'function') {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (permissions, focus): the fallback below may still work.
    }
  }
  return copyWithTextArea(text);
}

function copyWithTextArea(text: string): boolean {
  if (typeof document.execCommand !== 'function') return false;
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  area.value = text;
  // Read-only and off screen: no keyboard pops up on phones and nothing flashes.
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.left = '-9999px';
  document.body.append(area);
  area.focus();
  // select() alone does not select on iOS.
  area.setSelectionRange(0, text.length);
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus();
  return copied;
}
