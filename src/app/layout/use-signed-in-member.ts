import { useOutletContext } from 'react-router';

import type { SignedInMember } from '@/lib/arcgis/self-queries';

/**
 * The signed-in member (role and privileges) for a screen inside the app shell, which reads it once and passes it down
 * its outlet; `undefined` while the shell is still reading it.
 */
export function useSignedInMember(): SignedInMember | undefined {
  return useOutletContext<SignedInMember | undefined>();
}
