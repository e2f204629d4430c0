import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';

import { useRunControl } from '@/hooks/use-run-control';
import { usePortalSession } from '@/hooks/use-session';
import { toAppError } from '@/lib/arcgis/arcgis-error';
import { addGroupMembers } from '@/lib/arcgis/group-membership-writes';
import { refreshAfter } from '@/lib/portal-changes';

import { addMembersToGroups, type AddMembersProgress } from './add-members-to-groups';
import { countGroupsOfMember, fetchGroupMemberNames } from './api/groups-api';
import type { GroupReport } from './membership-report';

/** Requests in flight at once across all groups: quick for the admin, gentle on the portal. */
export const ADD_MEMBERS_CONCURRENCY = 3;

export type AddMembersRunState =
  | { status: 'idle' }
  | { status: 'running'; progress: AddMembersProgress; cancelling: boolean }
  | { status: 'done'; reports: GroupReport[]; cancelled: boolean };

export type AddMembersInput = {
  groups: { id: string; title: string }[];
  usernames: string[];
  unknown: string[];
  asManagers: boolean;
};

/** Runs one add-members job (one group or many), with progress, Cancel and a report per group. */
export function useAddMembersRun() {
  const session = usePortalSession();
  const queryClient = useQueryClient();
  const [state, setState] = useState<AddMembersRunState>({ status: 'idle' });
  const { connection, begin, cancel: stopRun } = useRunControl();

  const start = useCallback(
    async (input: AddMembersInput) => {
      setState({ status: 'running', progress: { phase: 'checking', done: 0, total: input.groups.length }, cancelling: false });
      const handles = begin();
      const reports = await addMembersToGroups({
        groups: input.groups,
        usernames: input.usernames,
        unknown: input.unknown,
        ports: {
          memberNames: (groupId, signal) => fetchGroupMemberNames(session, groupId, signal),
          addUsers: (groupId, usernames, signal) => addGroupMembers(session, groupId, usernames, { asManagers: input.asManagers, signal }),
          countGroups: (username, signal) => countGroupsOfMember(session, username, signal),
          errorMessage: (error) => toAppError(error).message,
        },
        retry: handles.retry,
        concurrency: ADD_MEMBERS_CONCURRENCY,
        signal: handles.signal,
        onProgress: (progress) => {
          setState((current) => ({ status: 'running', progress, cancelling: current.status === 'running' && current.cancelling }));
        },
      });
      handles.end();
      setState({ status: 'done', reports, cancelled: handles.isCancelled() });
      await refreshAfter(queryClient, ['groups']);
    },
    [session, queryClient, begin],
  );
  // Leaving the page stops sending: nothing keeps writing where no report can be shown.
  useEffect(() => stopRun, [stopRun]);

  const cancel = useCallback(() => {
    stopRun();
    setState((current) => (current.status === 'running' ? { ...current, cancelling: true } : current));
  }, [stopRun]);

  const reset = useCallback(() => {
    setState({ status: 'idle' });
  }, []);

  return { state, connection, start, cancel, reset };
}
