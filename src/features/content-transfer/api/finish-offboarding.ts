import { toAppError } from '@/lib/arcgis/arcgis-error';
import { portalRetry, retrying } from '@/lib/arcgis/portal-retry';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { withRetries } from '@/lib/async/with-retries';

import { deleteMember, disableMember, portalReason, revokeAddonLicence, turnOffEsriAccess } from './content-api';
import { fetchInventory } from './fetch-inventory';
import {
  type AccountChoice,
  type AccountDecision,
  type AccountRights,
  decideAccountAction,
  type OffboardingInventory,
} from '../offboarding/offboarding-status';

export type OffboardingFinish = {
  /** Re-read after the run: what the member still owns. */
  verified: OffboardingInventory;
  decision: AccountDecision;
  /** What happened to the account, in words; `isDone` false when the chosen action did not happen. */
  account: { isDone: boolean; message: string };
};

/** Verifies by re-reading the inventory, then deletes or disables the account only if the decision allows it. */
export async function finishOffboarding(
  session: PortalSession,
  username: string,
  choice: AccountChoice,
  rights: AccountRights,
  /** The person agreed to revoke the member's add-on licences before the delete. */
  revokeLicences = false,
): Promise<OffboardingFinish> {
  const verified = await retrying(() => fetchInventory(session, username));
  const decision = decideAccountAction(choice, verified, rights, revokeLicences);
  if (decision.action === 'none') return { verified, decision, account: { isDone: choice === 'keep', message: decision.message } };
  try {
    for (const itemId of decision.revokeLicences ?? []) await retrying(() => revokeAddonLicence(session, username, itemId));
    if (decision.turnOffEsriAccess) await retrying(() => turnOffEsriAccess(session, username));
    if (decision.action === 'delete') {
      const deleted = await withRetries(() => deleteMember(session, username), portalRetry);
      // A retried delete whose first attempt went through is answered "does not exist": the account is gone.
      if (!deleted.ok && !(deleted.attempts > 1 && toAppError(deleted.error).kind === 'not-found')) throw deleted.error;
    } else {
      await retrying(() => disableMember(session, username));
    }
    return {
      verified,
      decision,
      account: { isDone: true, message: decision.action === 'delete' ? `The account ${username} was deleted.` : `The account ${username} was disabled.` },
    };
  } catch (error) {
    return {
      verified,
      decision,
      account: { isDone: false, message: `The account was kept: the portal refused to ${decision.action} it (${portalReason(error)}).` },
    };
  }
}
