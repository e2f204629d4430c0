import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { usePortalSession } from '@/hooks/use-session';

import { useDeleteGroup, useUpdateGroup } from '../api/group-mutations';
import { groupQueries } from '../api/group-queries';
import { draftFromGroup } from '../group-draft';
import { groupPermissions } from '../group-permissions';
import type { Group } from '../types';
import { useGroupMemberListParams } from '../use-group-list-params';
import { DeleteGroupDialog } from './delete-group-dialog';
import { GroupDetails } from './group-details';
import { GroupFormDialog } from './group-form-dialog';
import { GroupMembersTable } from './group-members-table';
import { ReassignOwnerDialog } from './reassign-owner-dialog';

type Props = { groupId: string; privileges: readonly string[] };

/** One group: its details, its members, and what the signed-in member may do with it. */
export function GroupOverview({ groupId, privileges }: Props) {
  const session = usePortalSession();
  const group = useQuery(groupQueries.detail(session, groupId));
  if (group.isPending) return <PageContainer title="Group">Loading the group…</PageContainer>;
  if (group.isError) {
    return (
      <PageContainer title="Group">
        <ErrorAlert title="The group could not be loaded" message={group.error.message} onRetry={() => void group.refetch()} />
      </PageContainer>
    );
  }
  return <GroupScreen group={group.data} privileges={privileges} />;
}

function GroupScreen({ group, privileges }: { group: Group; privileges: readonly string[] }) {
  const session = usePortalSession();
  const permissions = groupPermissions(privileges, group.myMemberType);
  const [params, setParams] = useGroupMemberListParams();
  const [dialog, setDialog] = useState<'edit' | 'delete' | 'reassign' | null>(null);
  const update = useUpdateGroup(group.id);
  const remove = useDeleteGroup(group.id);
  const navigate = useNavigate();
  const names = useQuery({ ...groupQueries.memberNames(session, group.id), retry: false });
  const close = () => {
    setDialog(null);
  };

  return (
    <PageContainer
      title={group.title}
      description={group.snippet || undefined}
      actions={
        <>
          {permissions.reassign ? (
            <Button
              variant="outlined"
              onClick={() => {
                setDialog('reassign');
              }}
            >
              Change owner
            </Button>
          ) : null}
          {permissions.edit ? (
            <Button
              variant="outlined"
              onClick={() => {
                update.reset();
                setDialog('edit');
              }}
            >
              Edit
            </Button>
          ) : null}
          {permissions.delete ? (
            <Button
              color="error"
              variant="outlined"
              onClick={() => {
                remove.reset();
                setDialog('delete');
              }}
            >
              Delete
            </Button>
          ) : null}
        </>
      }
    >
      <Stack spacing={3}>
        <GroupDetails group={group} managers={names.isError ? null : names.data?.admins} />
        <GroupMembersTable group={group} permissions={permissions} params={params} onParamsChange={setParams} />
      </Stack>
      <GroupFormDialog
        mode="edit"
        open={dialog === 'edit'}
        initial={draftFromGroup(group)}
        saving={update.isPending}
        error={update.isError ? update.error.message : null}
        onClose={close}
        onSave={(draft) => {
          update.mutate(draft, { onSuccess: close });
        }}
      />
      <DeleteGroupDialog
        title={group.title}
        open={dialog === 'delete'}
        deleting={remove.isPending}
        error={remove.isError ? remove.error.message : null}
        onClose={close}
        onConfirm={() => {
          remove.mutate(undefined, { onSuccess: () => void navigate(paths.groups.href(), { replace: true }) });
        }}
      />
      <ReassignOwnerDialog group={group} open={dialog === 'reassign'} onClose={close} />
    </PageContainer>
  );
}
