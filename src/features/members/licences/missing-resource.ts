import { toAppError } from '@/lib/arcgis/arcgis-error';

/** A portal without the resource (an older Enterprise: "Invalid URL", or not found) does not report what it holds. */
export function isMissingResource(error: Error): boolean {
  const appError = toAppError(error);
  return appError.kind === 'not-found' || /invalid url/i.test(appError.message);
}
