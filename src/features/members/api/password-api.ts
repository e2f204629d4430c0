import { useMutation } from '@tanstack/react-query';
import { queryOptions } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';
import { toAppError } from '@/lib/arcgis/arcgis-error';
import { type PasswordPolicy, type PortalPasswordPolicy, passwordPolicyFrom } from '@/lib/arcgis/password-policy';
import type { PortalSession } from '@/lib/arcgis/portal-session';

import { get, post, userPath } from './portal-request';
import { userQueries } from './user-queries';

export const passwordQueries = {
  /** `portals/self/securityPolicy` → `passwordPolicy` (DOC security-policy); `null` when the portal does not report it. */
  policy: (session: PortalSession) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'password-policy'],
      queryFn: async (): Promise<PasswordPolicy | null> => {
        try {
          const { passwordPolicy } = await get<{ passwordPolicy?: PortalPasswordPolicy }>(session, `${session.portal}/portals/self/securityPolicy`);
          return passwordPolicy ? passwordPolicyFrom(passwordPolicy) : null;
        } catch {
          return null;
        }
      },
      staleTime: 5 * 60_000,
    }),
};

/** ArcGIS Online: `community/users/{u}/reset` with `email=true` (PY `User.reset(reset_by_email=True)`): the portal e-mails the member. */
async function sendPasswordResetEmail(session: PortalSession, username: string): Promise<void> {
  try {
    const answer = await post<{ success?: boolean }>(session, `${userPath(session, username)}/reset`, { email: true });
    if (answer.success !== true) throw new Error('The portal did not confirm the password reset.');
  } catch (error) {
    throw toAppError(error);
  }
}

/**
 * ArcGIS Enterprise: `community/users/{u}/update` with `password` (PY `User.expire_password(temporary_password)`, "on
 * ArcGIS Enterprise only"). Sent in the POST body, never in a URL; nothing keeps it.
 */
async function setTemporaryPassword(session: PortalSession, username: string, password: string): Promise<void> {
  try {
    await post(session, `${userPath(session, username)}/update`, { password });
  } catch (error) {
    throw toAppError(error);
  }
}

// gcTime 0: a finished mutation (whose variables hold the password) leaves the cache at once.
export function useSendPasswordResetEmail(username: string) {
  const session = usePortalSession();
  return useMutation({ mutationFn: () => sendPasswordResetEmail(session, username), gcTime: 0 });
}

export function useSetTemporaryPassword(username: string) {
  const session = usePortalSession();
  return useMutation({ mutationFn: (password: string) => setTemporaryPassword(session, username, password), gcTime: 0 });
}
