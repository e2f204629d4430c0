import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';
import { roleLabel } from '@/lib/arcgis/role-labels';
import type { RunRecord } from '@/lib/history/run-record';

import { userQueries } from './api/user-queries';
import { undoQueries } from './api/undo-api';
import { type BulkResult, planBulkAction } from './bulk-action';
import { planUndo, type UndoPlan } from './bulk-undo';
import { currentValues } from './current-values';
import { undoRecordOf } from './member-run-record';
import type { Member } from './types';
import type { BulkStep } from './use-bulk-action';

/** A run to undo: its record and, when it reached the history, its item id (the undo's record points to it). */
export type UndoTarget = { runId: string | null; record: RunRecord };

export type UndoPreview = { plan: UndoPlan; steps: BulkStep[]; members: Member[]; toSend: number };

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
  const userTypes = useQuery(userQueries.userTypes(session));
  const lookups = useQuery(userQueries.lookups(session));

  const preview = useMemo((): UndoPreview | null => {
    if (typeof undo === 'string' || !members.data || !userTypes.data || !lookups.data || (groupId && !group.data)) return null;
    const roleName = (key: string) => roleLabel(key.startsWith('org_') ? { role: key } : { roleId: key }, lookups.data.roleNames);
    const names = { roleName, userTypes: userTypes.data };
    const plan = planUndo(undo, currentValues(undo.action, members.data, group.data ?? null), names);
    const byName = new Map(members.data.map((member) => [member.username.toLowerCase(), member]));
    const steps = plan.steps.map((step): BulkStep => {
      const stepMembers = step.usernames.flatMap((username) => byName.get(username.toLowerCase()) ?? []);
      return { action: step.action, plan: planBulkAction(step.action, stepMembers, { userTypes: userTypes.data, roleName, self: session.username }) };
    });
    const leftAlone = plan.skipped.map((skip): BulkResult => ({ username: skip.username, fullName: skip.fullName, outcome: 'skipped', reason: skip.reason }));
    const [first] = steps;
    if (first) first.plan = { ...first.plan, settled: [...leftAlone, ...first.plan.settled] };
    const toSend = steps.reduce((sum, step) => sum + step.plan.batches.reduce((count, batch) => count + batch.length, 0), 0);
    return { plan, steps, members: members.data, toSend };
  }, [undo, members.data, userTypes.data, lookups.data, groupId, group.data, session.username]);

  const error = members.error ?? group.error ?? userTypes.error ?? lookups.error;
  return { notUndoable: typeof undo === 'string' ? undo : null, preview, progress, error };
}
