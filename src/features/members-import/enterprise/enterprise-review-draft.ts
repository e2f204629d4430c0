import { type DraftOwner, sessionDraft } from '@/lib/session-drafts';

import type { EnterpriseAccount } from './enterprise-review';

/** The accounts chosen for review and the reviewer's choices, kept for a reload of this tab; dropped once the run starts. */
export type EnterpriseReviewDraft = { picked: EnterpriseAccount[]; source: string; removed: string[]; roleId: string; userTypeId: string };

export const enterpriseReviewDraft = (owner: DraftOwner) => sessionDraft<EnterpriseReviewDraft>(owner, 'enterprise-members-review');
