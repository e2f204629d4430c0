import { useParams } from 'react-router';

import { GroupOverview } from '@/features/groups/components/group-overview';
import { privilegeNames } from '@/lib/arcgis/privileges';

import { PrivilegeGate } from '../layout/privilege-gate';
import { useSignedInMember } from '../layout/use-signed-in-member';

export function Component() {
  return (
    <PrivilegeGate privilege={privilegeNames.viewOrgGroups} title="Group" what="view the organization’s groups">
      <GroupScreen />
    </PrivilegeGate>
  );
}

function GroupScreen() {
  const member = useSignedInMember();
  const { groupId = '' } = useParams();
  // A new key per group: dialogs and selections never carry over from one group to another.
  return <GroupOverview key={groupId} groupId={groupId} privileges={member?.privileges ?? []} />;
}
