import { useParams } from 'react-router';

import { GroupOverview } from '@/features/groups/components/group-overview';

import { useSignedInMember } from '../layout/use-signed-in-member';

export function Component() {
  const member = useSignedInMember();
  const { groupId = '' } = useParams();
  // A new key per group: dialogs and selections never carry over from one group to another.
  return <GroupOverview key={groupId} groupId={groupId} privileges={member?.privileges ?? []} />;
}
