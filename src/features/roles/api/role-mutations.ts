import { useMutation } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';

import type { RoleDraft } from '../types';
import { createRole, deleteRole, updateRole } from './roles-api';

/** Role changes show everywhere: the roles list, the role page, counts, user type compatibility and members' roles. */
export function useCreateRole() {
  const session = usePortalSession();
  return useMutation({ mutationFn: (draft: RoleDraft) => createRole(session, draft), meta: { invalidates: ['roles'] } });
}

export function useUpdateRole(id: string) {
  const session = usePortalSession();
  return useMutation({
    mutationFn: ({ draft, change }: { draft: RoleDraft; change: Parameters<typeof updateRole>[3] }) => updateRole(session, id, draft, change),
    meta: { invalidates: ['roles'] },
  });
}

/** The deleted role's page is left right away: its own queries are not refetched; lists refresh when shown. */
export function useDeleteRole(id: string) {
  const session = usePortalSession();
  return useMutation({ mutationFn: () => deleteRole(session, id), meta: { invalidates: ['roles'], deleted: id } });
}
