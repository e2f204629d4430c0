import { useOutletContext, useParams } from 'react-router';

import { MemberDetailsView } from '@/features/users/components/member-details-view';
import { MemberLicensesSection } from '@/features/users/components/member-licenses-section';
import { allowedMemberActions } from '@/features/users/member-action-privileges';
import { hasPrivilege, privilegeNames } from '@/lib/arcgis/privileges';
import type { SignedInMember } from '@/lib/arcgis/self-queries';

import { PrivilegeGate } from '../layout/privilege-gate';
import { useMemberDeletion } from '../member-deletion';

export function Component() {
  const member = useOutletContext<SignedInMember | undefined>();
  const { username = '' } = useParams();
  const deletion = useMemberDeletion();
  return (
    <PrivilegeGate privilege={privilegeNames.viewUsers} title="Member" what="view members">
      <MemberDetailsView
        key={username}
        username={username}
        actions={allowedMemberActions(member?.privileges ?? [])}
        canEditProfile={hasPrivilege(member, privilegeNames.updateUsers)}
        canViewContent={hasPrivilege(member, privilegeNames.viewItems)}
        self={member?.username ?? ''}
        deletion={hasPrivilege(member, privilegeNames.viewItems) ? deletion : undefined}
        sections={<MemberLicensesSection username={username} self={member?.username ?? ''} canManage={hasPrivilege(member, privilegeNames.manageLicenses)} />}
      />
    </PrivilegeGate>
  );
}
