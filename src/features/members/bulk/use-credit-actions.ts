import { useQuery } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';
import { orgCreditsQuery } from '@/lib/arcgis/org-credits';

import type { BulkAction } from './bulk-action';

const creditKinds: ReadonlySet<BulkAction['kind']> = new Set(['allocateCredits', 'removeCredits']);

/** The actions, less the credit ones unless the portal says credit allocation is on. */
export function useCreditAwareActions<K extends BulkAction['kind']>(actions: readonly K[]): K[] {
  const session = usePortalSession();
  const credits = useQuery(orgCreditsQuery(session));
  const on = credits.data?.allocation === 'on';
  return actions.filter((kind) => on || !creditKinds.has(kind));
}
