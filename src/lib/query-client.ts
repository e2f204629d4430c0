import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

import { isTransientError, toAppError } from './arcgis/arcgis-error';

/** `onSessionLost` runs when the portal refused the token even after rest-js tried to refresh it. */
export function createQueryClient(onSessionLost: () => void): QueryClient {
  const handle = (error: unknown) => {
    if (toAppError(error).kind === 'auth') onSessionLost();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Permission, validation and auth failures will not get better by asking again.
        retry: (failureCount, error) => isTransientError(error) && failureCount < 2,
      },
    },
  });
}
