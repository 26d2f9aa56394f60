/**
 * EntityInfo made readable. The service stores it as JSON text (e.g. {"description":"Book classification"}), but
 * nothing enforces that: show its description when it has one, the JSON otherwise, and text that is not JSON as
 * text. Always shown as React text, never as markup.
 */
export type ReadableInfo =
  | { kind: 'none' }
  | { kind: 'description'; text: string }
  | { kind: 'json'; text: string }
  | { kind: 'text'; text: string };

export function readEntityInfo(info: string): ReadableInfo {
  const trimmed = info.trim();
  if (trimmed === '') return { kind: 'none' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return { kind: 'text', text: info };
  }
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
    const { description } = parsed as { description?: unknown };
    if (typeof description === 'string' && description.trim() !== '')
      return { kind: 'description', text: description };
    // "{}" is what an entity created without EntityInfo carries: nothing to read.
    if (Object.keys(parsed).length === 0) return { kind: 'none' };
  }
  return { kind: 'json', text: JSON.stringify(parsed) };
}
