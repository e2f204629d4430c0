import { isTransientError, toAppError } from '@/lib/arcgis/arcgis-error';
import { addGroupMembers } from '@/lib/arcgis/group-membership-writes';
import { portalRetry, retrying } from '@/lib/arcgis/portal-retry';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { type RetryPolicy, withRetries } from '@/lib/async/with-retries';

import { createUsers, fetchMemberEmail, type Invitation } from './import-api';

export type CreateOneUserResult = { created: true; groupsMissed: string[] } | { created: false; reason: string };

/**
 * ArcGIS Enterprise's "add one member": `createUser` (retried while the portal does not answer), then the groups,
 * which `createUser` does not take. A refusal that follows a lost answer is checked against the portal: an account
 * with this username and email is the one our earlier attempt created, so it is not reported as refused.
 */
export async function createOneUser(session: PortalSession, invitation: Invitation, retry: RetryPolicy = portalRetry): Promise<CreateOneUserResult> {
  let lostAnswers = 0;
  const attempt = await withRetries(async () => {
    try {
      return await createUsers(session, [invitation]);
    } catch (error) {
      if (isTransientError(error)) lostAnswers += 1;
      throw error;
    }
  }, retry);
  if (!attempt.ok) throw toAppError(attempt.error);
  const [refusal] = attempt.value;
  if (refusal) {
    const email = lostAnswers > 0 ? await retrying(() => fetchMemberEmail(session, invitation.username), retry) : null;
    if (email === null || email.toLowerCase() !== invitation.email.toLowerCase()) {
      return { created: false, reason: refusal.reason ?? `The portal refused to add ${invitation.username}.` };
    }
  }
  const groupsMissed: string[] = [];
  for (const groupId of invitation.groups ? invitation.groups.split(',') : []) {
    const added = await withRetries(() => addGroupMembers(session, groupId, [invitation.username]), retry);
    if (!added.ok || added.value.length > 0) groupsMissed.push(groupId);
  }
  return { created: true, groupsMissed };
}
