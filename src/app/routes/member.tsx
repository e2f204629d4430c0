import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';

import { MemberActivitySection } from '@/features/activity/components/member-activity-section';
import { userQueries } from '@/features/members/api/user-queries';
import { allowedMemberActions } from '@/features/members/bulk/member-action-privileges';
import { MemberAppBundlesSection } from '@/features/members/licences/components/member-app-bundles-section';
import { MemberLicensesSection } from '@/features/members/licences/components/member-licenses-section';
import { MemberDetailsView } from '@/features/members/member-page/components/member-details-view';
import { usePortalSession } from '@/hooks/use-session';
import { hasPrivilege, privilegeNames } from '@/lib/arcgis/privileges';
import { selfQueries } from '@/lib/arcgis/self-queries';

import { useSignedInMember } from '../layout/use-signed-in-member';
import { useMemberDeletion } from '../member-deletion';

export function Component() {
  const member = useSignedInMember();
  const { username = '' } = useParams();
  const deletion = useMemberDeletion();
  const session = usePortalSession();
  const organization = useQuery(selfQueries.organization(session));
  // The member page's own lookups (the organization's listed roles by id): no second read.
  const lookups = useQuery(userQueries.lookups(session));
  return (
    <MemberDetailsView
      key={username}
      username={username}
      actions={allowedMemberActions(member?.privileges ?? [])}
      canEditProfile={hasPrivilege(member, privilegeNames.updateUsers)}
      canViewContent={hasPrivilege(member, privilegeNames.viewItems)}
      self={member?.username ?? ''}
      deletion={hasPrivilege(member, privilegeNames.viewItems) ? deletion : undefined}
      sections={
        <>
          <MemberLicensesSection username={username} self={member?.username ?? ''} canManage={hasPrivilege(member, privilegeNames.manageLicenses)} />
          <MemberAppBundlesSection username={username} />
          {organization.data && <MemberActivitySection username={username} isEnterprise={organization.data.isEnterprise} roleNames={lookups.data?.roleNames} />}
        </>
      }
    />
  );
}
