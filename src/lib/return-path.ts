import { paths } from '@/config/paths';

/** Paths never returned to: going back to them would run the sign-in again. */
const NOT_RETURNED_TO = [paths.signIn.path, paths.authCallback.path];
/** Control, format (zero-width, bidi) and space characters, which browsers strip or treat unpredictably. */
const CONTROL_OR_SPACE = /[\s\p{Cc}\p{Cf}\p{Z}]/u;
const ENCODED_SLASH = /%(?:2f|5c)/i;
const ESCAPE = /%[0-9a-f]{2}/i;
const BROKEN_ESCAPE = /%(?![0-9a-f]{2})/i;
const MAX_DECODES = 3;
const PROBE_ORIGIN = 'https://roster.invalid';

/** The value and each percent-decoding of it until nothing changes; `undefined` if it does not decode cleanly. */
function decodings(value: string): string[] | undefined {
  if (BROKEN_ESCAPE.test(value)) return undefined;
  const stages = [value];
  let current = value;
  while (ESCAPE.test(current)) {
    if (stages.length > MAX_DECODES) return undefined;
    try {
      current = decodeURIComponent(current);
    } catch {
      return undefined;
    }
    stages.push(current);
  }
  return stages;
}

const pathPart = (value: string): string => value.split(/[?#]/, 1)[0] ?? '';

function isSafeStage(stage: string): boolean {
  if (stage.includes('\\') || CONTROL_OR_SPACE.test(stage)) return false;
  const path = pathPart(stage);
  if (!path.startsWith('/') || path.includes('//') || ENCODED_SLASH.test(path)) return false;
  const lower = path.toLowerCase();
  return !NOT_RETURNED_TO.some((blocked) => lower === blocked || lower.startsWith(`${blocked}/`));
}

/**
 * The one reader of every "where to go after sign-in" value (`returnTo`, the OAuth state): `value` if it is a path of
 * this app on this origin, else `undefined`. It must start with a single `/`, and neither it nor any percent-decoding
 * of it may hold a backslash, a control or space character, `//`, an encoded slash (`%2F`, `%5C`) in the path, or a
 * scheme; a value that does not decode is refused.
 */
export function parseReturnPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const stages = decodings(value);
  if (!stages?.every(isSafeStage)) return undefined;
  try {
    return new URL(value, PROBE_ORIGIN).origin === PROBE_ORIGIN ? value : undefined;
  } catch {
    return undefined;
  }
}

/** `value` when it is a safe return path (see `parseReturnPath`), else the app's home. */
export function safeReturnPath(value: unknown): string {
  return parseReturnPath(value) ?? paths.home.href();
}
