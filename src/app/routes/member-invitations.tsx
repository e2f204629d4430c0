import { PageContainer } from '@/components/page-container';
import { InvitationsScreen } from '@/features/invitations/components/invitations-screen';
import { hasPrivilege, privilegeNames } from '@/lib/arcgis/privileges';

import { useSignedInMember } from '../layout/use-signed-in-member';

export function Component() {
  const member = useSignedInMember();
  return (
    <PageContainer title="Pending invitations" description="People invited to the organization who have not joined yet, oldest first.">
      <InvitationsScreen canCancel={hasPrivilege(member, privilegeNames.inviteUsers)} />
    </PageContainer>
  );
}
