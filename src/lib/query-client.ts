import { type Mutation, MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

import { isTransientError, toAppError } from './arcgis/arcgis-error';
import { portalRetry } from './arcgis/portal-retry';
import { refreshAfter } from './portal-changes';

/**
 * Every query follows the one retry rule (portal-retry.ts): only transient failures (5xx, 429, a dropped
 * connection) are asked again, with capped jittered backoff, up to `portalRetry.maxAttempts` attempts in all;
 * refusals (permission, validation, a refused sign-in) fail at once. TanStack's `failureCount` is the number of
 * failures so far, which is the 1-based number of the attempt that just failed.
 */
export const queryRetry = (failureCount: number, error: unknown): boolean => portalRetry.isTransient(error) && failureCount + 1 < portalRetry.maxAttempts;

export const queryRetryDelay = (failureCount: number): number => portalRetry.backoffMs(failureCount + 1);

/**
 * For the queries a screen cannot do without (the signed-in member): once the retries gave up on a transient
 * failure, the query is asked again every `everyMs`, so the app recovers by itself when the portal answers again.
 */
export const refetchWhileUnreachable =
  (everyMs = 10_000) =>
  (query: { state: { status: string; error: unknown } }): number | false =>
    query.state.status === 'error' && isTransientError(query.state.error) ? everyMs : false;

/**
 * `onSessionLost` runs when the portal refused the token even after rest-js tried to refresh it. A mutation's
 * `meta.invalidates` (portal-changes.ts) is refreshed here, after a failure too (a partly failed write still changed
 * things), and before the mutation's own callbacks run, so they see fresh data.
 */
export function createQueryClient(onSessionLost: () => void): QueryClient {
  const handle = (error: unknown) => {
    if (toAppError(error).kind === 'auth') onSessionLost();
  };
  const refresh = (meta: Mutation['meta']) => refreshAfter(client, meta?.invalidates ?? [], meta?.deleted);
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({
      onSuccess: (_data, _variables, _context, mutation) => refresh(mutation.meta),
      onError: (error, _variables, _context, mutation) => {
        handle(error);
        return refresh(mutation.meta);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: queryRetry,
        retryDelay: queryRetryDelay,
      },
    },
  });
  return client;
}
