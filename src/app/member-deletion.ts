import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';

import type { MemberDeletion } from '@/features/members/member-page/member-deletion';
import { usePortalSession } from '@/hooks/use-session';

import { preloadTransferAndDelete, TransferAndDelete } from './lazy-transfer-and-delete';

/**
 * The members screens delete through the offboarding feature: what a member owns is the offboarding inventory (read
 * fresh, and kept for the "transfer and delete" form that follows), and that form runs the offboarding engine.
 */
export function useMemberDeletion(): MemberDeletion {
  const session = usePortalSession();
  const queryClient = useQueryClient();
  return useMemo(
    () => ({
      check: async (username: string) => {
        preloadTransferAndDelete();
        // The offboarding inventory is read only when a delete is being checked: out of the members screen's first load.
        const [{ contentQueries }, { licenceBlocker }] = await Promise.all([
          import('@/features/content-transfer/api/content-queries'),
          import('@/features/content-transfer/offboarding/offboarding-status'),
        ]);
        const inventory = await queryClient.query(contentQueries.inventory(session, username));
        return {
          username,
          items: inventory.items.length,
          groups: inventory.ownedGroups.length,
          blocker: licenceBlocker(inventory),
          esriAccess: inventory.holdings.esriAccess,
        };
      },
      TransferAndDelete,
    }),
    [session, queryClient],
  );
}
