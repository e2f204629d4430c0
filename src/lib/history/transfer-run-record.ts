import { itemsAndGroups } from '@/lib/text/plural';

import type { RunDetail, RunOutcome, RunRecordInput } from './run-record';

/** An item or group the transfer sent, settled: moved (for a group: now owned by the receiver), failed, or not moved. */
export type TransferredThing = {
  id: string;
  title: string;
  type: string;
  status: 'moved' | 'failed' | 'not-moved';
  reason: string;
  /** Items: the giver's folder it came from ('/' = root). */
  folder?: string;
};

export type TransferRunInput = {
  kind: 'transfer' | 'offboarding';
  giver: string;
  /** Who receives the items (null when only groups move) and the groups (null when no group moves). */
  itemReceiver: string | null;
  groupReceiver: string | null;
  items: readonly TransferredThing[];
  groups: readonly TransferredThing[];
  /** Offboarding only: what was asked for the account afterwards (keep, disable, delete). */
  account?: string;
  startedAt: Date;
  /** The record id of the transfer this run undid. */
  undoOf?: string;
};

const same = (a: string | null, b: string | null) => a !== null && b !== null && a.toLowerCase() === b.toLowerCase();

type Tally = { items: number; groups: number; failed: number; notMoved: number };

function tally(items: readonly TransferredThing[], groups: readonly TransferredThing[]): Tally {
  const count = (list: readonly TransferredThing[], status: TransferredThing['status']) => list.filter((entry) => entry.status === status).length;
  return {
    items: count(items, 'moved'),
    groups: count(groups, 'moved'),
    failed: count(items, 'failed') + count(groups, 'failed'),
    notMoved: count(items, 'not-moved') + count(groups, 'not-moved'),
  };
}

/** "312 items and 4 groups", "1 item", "nothing". */
const movedText = ({ items, groups }: Tally): string => (items + groups > 0 ? itemsAndGroups(items, groups) : 'nothing');

const problemsText = ({ failed, notMoved }: Tally) =>
  [failed > 0 ? `${failed.toLocaleString('en-US')} failed` : '', notMoved > 0 ? `${notMoved.toLocaleString('en-US')} not moved` : '']
    .filter(Boolean)
    .join(', ');

const statusOf = ({ items, groups, failed }: Tally) => (failed > 0 ? 'failed' : items + groups > 0 ? 'done' : 'not moved');

/**
 * The history record of a content transfer or offboarding: what was asked (giver, receivers, how many items and
 * groups, the account step), one outcome for the giver and one per receiver with a summary ("312 items and 4 groups
 * moved to grace; 2 failed"), and every item's and group's own result as the record's details.
 */
export function transferRunRecordInput(input: TransferRunInput): Omit<RunRecordInput, 'ranBy' | 'finishedAt'> {
  const { giver, itemReceiver, groupReceiver, items, groups } = input;
  const receivers = [itemReceiver, groupReceiver].filter(
    (name, index, all): name is string => name !== null && !all.slice(0, index).some((seen) => same(seen, name)),
  );
  const toReceiver = (receiver: string) => tally(same(receiver, itemReceiver) ? items : [], same(receiver, groupReceiver) ? groups : []);
  const summary = (receiver: string, direction: 'to' | 'from') => {
    const counts = toReceiver(receiver);
    const problems = problemsText(counts);
    return `${movedText(counts)} moved ${direction} ${direction === 'to' ? receiver : giver}${problems ? `; ${problems}` : ''}`;
  };
  const outcomes: RunOutcome[] = [
    {
      username: giver,
      fullName: '',
      status: statusOf(tally(items, groups)),
      message: receivers.map((receiver) => summary(receiver, 'to')).join('; ') || 'Nothing was sent',
    },
    ...receivers.map((receiver) => ({ username: receiver, fullName: '', status: statusOf(toReceiver(receiver)), message: summary(receiver, 'from') })),
  ];
  const details: RunDetail[] = [
    ...items.map((item) => ({
      kind: 'item' as const,
      id: item.id,
      title: item.title,
      type: item.type,
      to: itemReceiver ?? '',
      status: item.status,
      message: item.reason,
      ...(item.folder !== undefined ? { folder: item.folder } : {}),
    })),
    ...groups.map((group) => ({
      kind: 'group' as const,
      id: group.id,
      title: group.title,
      type: 'Group',
      to: groupReceiver ?? '',
      status: group.status,
      message: group.reason,
    })),
  ];
  const asked = receivers.map((receiver) => {
    const counts = {
      items: same(receiver, itemReceiver) ? items.length : 0,
      groups: same(receiver, groupReceiver) ? groups.length : 0,
      failed: 0,
      notMoved: 0,
    };
    return `${movedText(counts)} to ${receiver}`;
  });
  const what = asked.length > 0 ? asked.join('; ') : 'nothing';
  const label =
    input.kind === 'offboarding'
      ? `Offboard ${giver}: ${what}${input.account ? `; account: ${input.account}` : ''}`
      : `${input.undoOf ? 'Undo a transfer: back' : 'Transfer'} from ${giver}: ${what}`;
  return {
    kind: input.kind,
    action: {
      giver,
      itemReceiver,
      groupReceiver,
      items: items.length,
      groups: groups.length,
      ...(input.account ? { account: input.account } : {}),
    },
    label,
    startedAt: input.startedAt,
    ...(input.undoOf ? { undoOf: input.undoOf } : {}),
    outcomes,
    details,
  };
}
