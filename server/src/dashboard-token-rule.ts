/**
 * What makes a DASHBOARD_TOKEN strong enough: it is the only key to the dashboard, so it must carry about 128 bits
 * of randomness. Length alone is not enough (`aaaa…` is long), so repeated pieces and tiny alphabets are refused.
 */

export const MIN_TOKEN_LENGTH = 32;
/** 32 random characters of any common alphabet (hex, base64) hold far more than this many different ones. */
const MIN_DISTINCT_CHARACTERS = 8;

/** Prints 32 characters of base64url: 192 random bits. */
export const MAKE_TOKEN_COMMAND = `node -e "console.log(require('crypto').randomBytes(24).toString('base64url'))"`;

/** Whether the text is one short piece said again and again (`abcabcabc…`, `aaaa…`), a trailing part included. */
function isRepeatedPiece(text: string): boolean {
  for (let size = 1; size <= text.length / 2; size++) {
    let repeats = true;
    for (let i = size; i < text.length && repeats; i++) repeats = text[i] === text[i - size];
    if (repeats) return true;
  }
  return false;
}

/** Why the token is too weak, never quoting it; undefined when it is strong enough. */
export function weakTokenProblem(token: string): string | undefined {
  const strong =
    token.length >= MIN_TOKEN_LENGTH &&
    new Set(token).size >= MIN_DISTINCT_CHARACTERS &&
    !isRepeatedPiece(token);
  if (strong) return undefined;
  return (
    `must be at least ${MIN_TOKEN_LENGTH} characters of real randomness, not a repeated pattern ` +
    `(about 128 bits); make one with: ${MAKE_TOKEN_COMMAND}`
  );
}
