import type { ComponentType } from 'react';

import { countOf } from '@/lib/text/plural';

/** What stands in the way of deleting one member, read from the portal before a delete is offered. */
export type OwnershipCheck = {
  username: string;
  /** Items the member owns (all folders). */
  items: number;
  /** Groups the member owns. */
  groups: number;
  /** Why the portal refuses the delete whatever is moved (add-on licences), in words; null when nothing is known. */
  blocker: string | null;
  /** Esri access on: the portal refuses a plain delete (transfer and delete turns it off first); null = not reported. */
  esriAccess: boolean | null;
};

export type TransferAndDeleteProps = {
  username: string;
  /** True while the transfer or the delete runs: the dialog cannot be closed then. */
  onBusyChange: (busy: boolean) => void;
};

/**
 * Deleting a member who owns content needs another feature's engine (the offboarding transfer), so the app hands it
 * in: how to read what a member owns, and the "transfer and delete" form shown inside the delete dialog.
 */
export type MemberDeletion = {
  check: (username: string, signal?: AbortSignal) => Promise<OwnershipCheck>;
  TransferAndDelete: ComponentType<TransferAndDeleteProps>;
};

export const ownsSomething = (check: Pick<OwnershipCheck, 'items' | 'groups'>) => check.items + check.groups > 0;

/** "6 items and 1 group", "1 group". */
export function ownedText(check: Pick<OwnershipCheck, 'items' | 'groups'>): string {
  return [check.items > 0 ? countOf(check.items, 'item') : '', check.groups > 0 ? countOf(check.groups, 'group') : ''].filter(Boolean).join(' and ');
}

export const esriAccessBlocker = (username: string) =>
  `${username} has Esri access, and the portal does not delete a member with Esri access. Turn it off first, or use the offboarding wizard, which turns it off just before the delete.`;

/**
 * Why a plain delete of this member would be refused, or null when the portal should accept it. Content comes first:
 * "Owns 6 items and 1 group — use Transfer and delete."
 */
export function plainDeleteRefusal(check: OwnershipCheck): string | null {
  if (check.blocker) return check.blocker;
  if (ownsSomething(check)) return `Owns ${ownedText(check)} — use Transfer and delete.`;
  if (check.esriAccess === true) return esriAccessBlocker(check.username);
  return null;
}
