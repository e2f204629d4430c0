import { defineListParams, type ListPaging } from '@/lib/list-params/define-list-params';

/** The invitations table's page in the URL (`size`, as its links had it). The portal lists them oldest first, its one order. */
export const invitationListParams = defineListParams<'created', object>({
  sortFields: ['created'],
  defaultSort: { field: 'created', order: 'asc' },
  filters: {},
  pageSizeKey: 'size',
});

export type InvitationPaging = ListPaging<'created'>;
