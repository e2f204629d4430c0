import { useMutation, useQueryClient } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';

import type { RoleDraft } from '../types';
import { roleQueries } from './role-queries';
import { createRole, deleteRole, updateRole } from './roles-api';

/** Role changes show everywhere: the roles list, the role page, counts and user type compatibility. */
function useInvalidateRoles(onChanged?: () => void) {
  const queryClient = useQueryClient();
  return async () => {
    onChanged?.();
    await queryClient.invalidateQueries({ queryKey: roleQueries.all() });
  };
}

export function useCreateRole(onChanged?: () => void) {
  const session = usePortalSession();
  const invalidate = useInvalidateRoles(onChanged);
  return useMutation({ mutationFn: (draft: RoleDraft) => createRole(session, draft), onSettled: invalidate });
}

export function useUpdateRole(id: string, onChanged?: () => void) {
  const session = usePortalSession();
  const invalidate = useInvalidateRoles(onChanged);
  return useMutation({
    mutationFn: ({ draft, change }: { draft: RoleDraft; change: Parameters<typeof updateRole>[3] }) => updateRole(session, id, draft, change),
    onSettled: invalidate,
  });
}

/** The deleted role's page is left right away, so nothing is refetched now; lists refresh when shown. */
export function useDeleteRole(id: string, onChanged?: () => void) {
  const session = usePortalSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteRole(session, id),
    onSettled: async () => {
      onChanged?.();
      await queryClient.invalidateQueries({ queryKey: roleQueries.all(), refetchType: 'none' });
    },
  });
}
