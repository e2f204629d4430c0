import { useState } from 'react';
import { useSearchParams } from 'react-router';

import { paths } from '@/config/paths';
import { InactiveReview } from '@/features/activity/components/inactive-review';
import { isoDay } from '@/features/activity/history-events';
import { lastLoginRange, type MemberFilters, noMemberFilters } from '@/features/members/table/member-filters';
import { defaultMemberListParams, writeMemberListParams } from '@/features/members/table/member-list-params';
import { hasPrivilege, privilegeNames } from '@/lib/arcgis/privileges';

import { useSignedInMember } from '../layout/use-signed-in-member';

const YEAR = 365 * 24 * 60 * 60 * 1000;

/** The inactive review reuses the members table's last-login filter: the same clauses, and a link to the table filtered so. */
export function Component() {
  const member = useSignedInMember();
  const [search, setSearch] = useSearchParams();
  const [now] = useState(() => Date.now());
  const before = search.get('before') ?? isoDay(now - YEAR);
  const filters: MemberFilters = { ...noMemberFilters, lastLogin: 'range', lastLoginTo: before };
  const range = lastLoginRange(filters, now);
  const signedInBefore = range && range !== 'never' ? range.to : now;
  const membersTableHref = `${paths.members.href()}?${writeMemberListParams({ ...defaultMemberListParams, filters }).toString()}`;
  return (
    <InactiveReview
      before={before}
      onBeforeChange={(value) => setSearch(value ? { before: value } : {}, { replace: true })}
      signedInBefore={signedInBefore}
      membersTableHref={membersTableHref}
      memberHref={paths.member.href}
      canCountItems={hasPrivilege(member, privilegeNames.viewItems)}
    />
  );
}
