import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';
import { roleLabel } from '@/lib/arcgis/role-labels';
import { userTypeQueries } from '@/lib/arcgis/user-types';
import type { RunRecord } from '@/lib/history/run-record';

import { undoRecordOf } from './member-run-record';
import { previewUndo, type UndoPreview } from './undo-preview';
import { undoQueries } from '../api/undo-api';
import { userQueries } from '../api/user-queries';

/** A run to undo: its record and, when it reached the history, its item id (the undo's record points to it). */
export type UndoTarget = { runId: string | null; record: RunRecord };
export type { UndoPreview };

/**
 * Reads the members now (the whole organization listing, and a group's members for a group change), plans the undo
 * and each of its steps as a bulk plan, so it previews and runs like any other bulk change.
 */
export function useUndoPlan(target: UndoTarget, enabled: boolean) {
  const session = usePortalSession();
  const undo = useMemo(() => undoRecordOf(target.record), [target.record]);
  const action = typeof undo === 'string' ? null : undo.action;
  const [progress, setProgress] = useState<{ fetched: number; total: number } | null>(null);
  const members = useQuery({
    ...userQueries.selection(session, { kind: 'listing', filters: {} }, (fetched, total) => {
      setProgress({ fetched, total });
    }),
    enabled: Boolean(action) && enabled,
  });
  const groupId = action?.kind === 'addToGroup' || action?.kind === 'removeFromGroup' ? action.group.id : null;
  const groupQuery = undoQueries.groupMembers(session, groupId);
  const group = useQuery({ ...groupQuery, enabled: Boolean(groupId) && enabled });
  const userTypes = useQuery(userTypeQueries.seats(session));
  const lookups = useQuery(userQueries.lookups(session));

  const preview = useMemo((): UndoPreview | null => {
    if (typeof undo === 'string' || !members.data || !userTypes.data || !lookups.data || (groupId && !group.data)) return null;
    const roleName = (key: string) => roleLabel(key.startsWith('org_') ? { role: key } : { roleId: key }, lookups.data.roleNames);
    return previewUndo(undo, members.data, group.data ?? null, { roleName, userTypes: userTypes.data, self: session.username });
  }, [undo, members.data, userTypes.data, lookups.data, groupId, group.data, session.username]);

  const error = members.error ?? group.error ?? userTypes.error ?? lookups.error;
  return { notUndoable: typeof undo === 'string' ? undo : null, preview, progress, error };
}
