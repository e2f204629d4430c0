import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef, GridRowSelectionModel } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';

import { SearchField } from '@/components/search-field';
import { SelectField } from '@/components/select-field';
import { ServerDataGrid } from '@/components/server-data-grid';
import { useDebouncedText } from '@/hooks/use-debounced-text';
import { usePortalSession } from '@/hooks/use-session';
import { toAppError } from '@/lib/arcgis/arcgis-error';
import { countOf, noun } from '@/lib/text/plural';

import { useChangeMemberTypes } from '../api/group-mutations';
import { groupQueries } from '../api/group-queries';
import type { GroupPermissions } from '../group-permissions';
import type { Group, GroupMember, GroupMemberListParams, GroupMemberSortField } from '../types';
import { AddMembersDialog } from './add-members-dialog';
import { RemoveMembersDialog } from './remove-members-dialog';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const memberTypeLabels = { owner: 'Owner', admin: 'Manager', member: 'Member' } as const;
const columnToSort: Record<string, GroupMemberSortField> = { username: 'username', memberType: 'membertype', joined: 'joined' };
const defaultSort = { sortField: 'username', sortOrder: 'asc' } as const;

type Props = {
  group: Group;
  permissions: GroupPermissions;
  params: GroupMemberListParams;
  onParamsChange: (next: Partial<GroupMemberListParams>) => void;
};

const noSelection: GridRowSelectionModel = { type: 'include', ids: new Set() };

export function GroupMembersTable({ group, permissions, params, onParamsChange }: Props) {
  const session = usePortalSession();
  const members = useQuery(groupQueries.members(session, group.id, params));
  const [selection, setSelection] = useState<GridRowSelectionModel>(noSelection);
  const [dialog, setDialog] = useState<'add' | 'remove' | null>(null);
  // Kept when the dialog opens: the rows change under it once the removal is done.
  const [toRemove, setToRemove] = useState<string[]>([]);
  const changeTypes = useChangeMemberTypes(group.id);
  const commitName = useCallback(
    (name: string) => {
      onParamsChange({ name, page: 0 });
    },
    [onParamsChange],
  );
  const [name, setName] = useDebouncedText(params.name, commitName);

  const rows = members.data?.members ?? [];
  const selected = rows
    .filter((row) => (selection.type === 'include' ? selection.ids.has(row.username) : !selection.ids.has(row.username)))
    .filter((row) => row.memberType !== 'owner');
  const selectedNames = selected.map((row) => row.username);
  const canSelect = permissions.manageMembers || permissions.changeManagers;

  const columns = useMemo<GridColDef<GroupMember>[]>(
    () => [
      { field: 'username', headerName: 'Username', flex: 1, minWidth: 150 },
      { field: 'fullName', headerName: 'Full name', flex: 1, minWidth: 150, sortable: false },
      { field: 'memberType', headerName: 'Member type', width: 140, valueFormatter: (value: GroupMember['memberType']) => memberTypeLabels[value] },
      { field: 'joined', headerName: 'Joined', width: 140, valueFormatter: (value: number) => dateFormat.format(value) },
    ],
    [],
  );
  const handleParamsChange = (next: Partial<GroupMemberListParams>) => {
    // Ticks are for the rows on screen: another page starts none (as before, a new sort keeps them).
    if (!('sortField' in next)) setSelection(noSelection);
    onParamsChange(next);
  };

  const total = members.data?.total ?? 0;
  const hiddenFromMe = members.isError && toAppError(members.error).kind === 'permission';
  const managersSelected = selected.filter((row) => row.memberType === 'admin').length;

  return (
    <Stack spacing={1.5} component="section" aria-labelledby="group-members-heading">
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ alignItems: { md: 'center' } }}>
        <Typography variant="h2" id="group-members-heading" sx={{ flexGrow: 1 }}>
          Members
        </Typography>
        {permissions.manageMembers ? (
          <Button
            variant="contained"
            onClick={() => {
              setDialog('add');
            }}
          >
            Add members
          </Button>
        ) : null}
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ alignItems: { md: 'center' }, display: hiddenFromMe ? 'none' : 'flex' }}>
        <SearchField label="Search members of this group" value={name} onTextChange={setName} sx={{ width: { xs: '100%', md: 300 } }} />
        <SelectField
          size="small"
          label="Member type"
          value={params.memberType}
          onValueChange={(memberType) => {
            onParamsChange({ memberType: memberType as GroupMemberListParams['memberType'], page: 0 });
          }}
          sx={{ minWidth: 180 }}
          emptyOption="Everyone"
          options={[
            { value: 'admin', label: 'Owner and managers' },
            { value: 'member', label: 'Members' },
          ]}
        />
        <Box sx={{ flexGrow: 1 }} />
        {selectedNames.length > 0 ? (
          <Stack direction="row" spacing={1} role="toolbar" aria-label="Selected members" sx={{ flexShrink: 0 }}>
            <Typography variant="body2" sx={{ alignSelf: 'center' }}>
              {selectedNames.length} selected
            </Typography>
            {permissions.changeManagers && managersSelected < selected.length ? (
              <Button
                loading={changeTypes.isPending}
                onClick={() => {
                  changeTypes.mutate(
                    { usernames: selected.filter((r) => r.memberType === 'member').map((r) => r.username), newMemberType: 'admin' },
                    {
                      onSuccess: () => {
                        setSelection(noSelection);
                      },
                    },
                  );
                }}
              >
                Make manager
              </Button>
            ) : null}
            {permissions.changeManagers && managersSelected > 0 ? (
              <Button
                loading={changeTypes.isPending}
                onClick={() => {
                  changeTypes.mutate(
                    { usernames: selected.filter((r) => r.memberType === 'admin').map((r) => r.username), newMemberType: 'member' },
                    {
                      onSuccess: () => {
                        setSelection(noSelection);
                      },
                    },
                  );
                }}
              >
                Make member
              </Button>
            ) : null}
            {permissions.manageMembers ? (
              <Button
                color="error"
                onClick={() => {
                  setToRemove(selectedNames);
                  setDialog('remove');
                }}
              >
                Remove
              </Button>
            ) : null}
          </Stack>
        ) : null}
      </Stack>
      {changeTypes.isError ? <Alert severity="error">Member types could not be changed: {changeTypes.error.message}</Alert> : null}
      {changeTypes.isSuccess && changeTypes.data.length > 0 ? (
        <Alert severity="warning">Not changed (no longer members, or the owner): {changeTypes.data.join(', ')}</Alert>
      ) : null}
      {hiddenFromMe ? (
        <Alert severity="info">Only members of this group and administrators who can view all groups see its members.</Alert>
      ) : (
        <ServerDataGrid
          aria-label="Group members"
          rows={rows}
          getRowId={(row) => row.username}
          columns={columns}
          state={params}
          onStateChange={handleParamsChange}
          query={members}
          total={total}
          countLine={`${countOf(total, 'member')}${params.name || params.memberType ? ` ${noun(total, 'matches', 'match')}` : ''}`}
          loadingLine="Loading members…"
          errorTitle="The members could not be loaded"
          sorting={{ fieldByColumn: columnToSort, defaultSort }}
          checkboxSelection={canSelect}
          isRowSelectable={({ row }) => row.memberType !== 'owner'}
          rowSelectionModel={selection}
          onRowSelectionModelChange={setSelection}
          localeText={{ noRowsLabel: 'No members match.' }}
          height={{ height: 520 }}
        />
      )}
      <AddMembersDialog
        group={group}
        open={dialog === 'add'}
        onClose={() => {
          setDialog(null);
        }}
      />
      <RemoveMembersDialog
        groupId={group.id}
        groupTitle={group.title}
        usernames={toRemove}
        open={dialog === 'remove'}
        onClose={(removed) => {
          setDialog(null);
          if (removed) setSelection(noSelection);
        }}
      />
    </Stack>
  );
}
