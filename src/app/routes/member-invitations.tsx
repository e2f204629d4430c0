
import { PageContainer } from '@/components/page-container';
import { InvitationsScreen } from '@/features/invitations/components/invitations-screen';
import { hasPrivilege, privilegeNames } from '@/lib/arcgis/privileges';

import { PrivilegeGate } from '../layout/privilege-gate';
import { useSignedInMember } from '../layout/use-signed-in-member';

export function Component() {
  return (
    <PrivilegeGate privilege={privilegeNames.viewUsers} title="Pending invitations" what="view members">
      <InvitationsPage />
    </PrivilegeGate>
  );
}

function InvitationsPage() {
  const member = useSignedInMember();
  return (
    <PageContainer title="Pending invitations" description="People invited to the organization who have not joined yet, oldest first.">
      <InvitationsScreen canCancel={hasPrivilege(member, privilegeNames.inviteUsers)} />
    </PageContainer>
  );
}
