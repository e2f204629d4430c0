import Alert from '@mui/material/Alert';
import type { GridRowSelectionModel } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import { ServerDataGrid } from '@/components/server-data-grid';
import { usePortalSession } from '@/hooks/use-session';
import { searchTotalLabel } from '@/lib/arcgis/search-ceiling';
import { ticksOf, withPageExclusions, withPagePicks } from '@/lib/selection/page-picks';
import { noun } from '@/lib/text/plural';

import { userQueries } from '../../api/user-queries';
import { canSortBy } from '../../api/users-api';
import type { BulkActionKind } from '../../bulk/bulk-action';
import { useCreditAwareActions } from '../../bulk/use-credit-actions';
import type { MemberDeletion } from '../../member-page/member-deletion';
import type { Member, MemberListParams, MemberSortField } from '../../types';
import { sortMembers } from '../group-filter';
import { hasMemberFilters } from '../member-filters';
import { defaultMemberListParams } from '../member-list-params';
import type { MemberQuery } from '../member-query';
import { reachablePages } from '../reachable-pages';
import { type AnsweredMemberQuery, type MemberSelection, selectionCount } from '../resolve-selection';
import { useHiddenColumns } from '../use-hidden-columns';
import { useMemberQuery } from '../use-member-query';
import { memberColumnFields, memberColumns, sortFieldByColumn } from './member-columns';
import { MemberPagePicker } from './member-page-picker';
import { MemberSelectionBar } from './member-selection-bar';
import { MembersGridToolbar } from './members-grid-toolbar';

type Props = {
  params: MemberListParams;
  onParamsChange: (next: Partial<MemberListParams>) => void;
  /** Actions the signed-in member may take on selected members; none = no selection column. */
  actions?: readonly BulkActionKind[];
  self?: string;
  /** How deletes check ownership first and offer "transfer and delete" (composed by the app). */
  deletion?: MemberDeletion;
};

const sortFieldNames: Record<MemberSortField, string> = {
  username: 'username',
  fullname: 'full name',
  created: 'creation date',
  lastlogin: 'last login',
  role: 'role',
};

const usernameOf = (member: Member) => member.username;
const defaultSort = { sortField: defaultMemberListParams.sortField, sortOrder: defaultMemberListParams.sortOrder };

const gridSlots = { toolbar: MembersGridToolbar };
const togglableColumns = () => [...memberColumnFields];
const gridSlotProps = {
  loadingOverlay: { variant: 'skeleton', noRowsVariant: 'skeleton' },
  // The checkbox column is how bulk actions start: it is not the chooser's to hide.
  columnsManagement: { getTogglableColumns: togglableColumns },
} as const;

// Stands in for the query while the portal is being asked which filters it supports (the page query waits).
const waitingQuery: AnsweredMemberQuery = { kind: 'listing', filters: {} };

/**
 * The members page of the table: from the organization listing or the member search (member-query.ts), or cut here
 * from the group filter's full list.
 */
function useMemberRows(params: MemberListParams) {
  const session = usePortalSession();
  const { group } = params.filters;
  const { query: memberQuery } = useMemberQuery(params.search, params.filters);
  const answered = memberQuery && memberQuery.kind !== 'unsupported' ? memberQuery : null;
  const paged = useQuery({ ...userQueries.list(session, answered ?? waitingQuery, params), enabled: !group && answered !== null });
  const grouped = useQuery({
    ...userQueries.groupList(session, params),
    enabled: Boolean(group),
  });
  const sorted = useMemo(
    () => (grouped.data ? sortMembers(grouped.data, params.sortField, params.sortOrder) : undefined),
    [grouped.data, params.sortField, params.sortOrder],
  );
  if (!group) return { query: paged, data: paged.data, all: undefined, memberQuery, answered };
  const start = params.page * params.pageSize;
  const data = sorted ? { members: sorted.slice(start, start + params.pageSize), total: sorted.length } : undefined;
  return { query: grouped, data, all: sorted, memberQuery: null as MemberQuery | null, answered: null };
}

/** Columns a person sees only after choosing them in the Columns chooser. */
const hiddenByDefault = ['assignedCredits'];

export function MembersTable({ params, onParamsChange, actions = [], self = '', deletion }: Props) {
  const session = usePortalSession();
  const { query: members, data, all, memberQuery, answered } = useMemberRows(params);
  const lookups = useQuery(userQueries.lookups(session));
  // The group filter sorts its whole list here, so it can sort by any column.
  const isSearch = answered?.kind === 'search';
  const columns = useMemo(
    () => memberColumns(lookups.data, (sortField) => !isSearch || canSortBy({ kind: 'search', q: '' }, sortField)),
    [lookups.data, isSearch],
  );
  const hiddenColumns = useHiddenColumns(memberColumnFields, hiddenByDefault);
  const creditAwareActions = useCreditAwareActions(actions);
  const total = data?.total ?? 0;
  // Only a search's total stops at 10,000; the listing's and the group filter's are exact.
  const searchTotal = answered?.kind === 'search';
  const totalLabel = searchTotalLabel(total, !searchTotal);
  const { pages: pageCount } = reachablePages(total, params.pageSize, searchTotal);
  // While a new page or sort loads, the page numbers stay as they were, so the grid below does not jump.
  const [shownPages, setShownPages] = useState(0);
  if (data && pageCount !== shownPages) setShownPages(pageCount);
  // Picked rows are kept with their data across pages; "all that match" stands for the query itself.
  const [picked, setPicked] = useState<ReadonlyMap<string, Member>>(new Map());
  // The query "all that match" stands for and its count, fixed when chosen (relative dates such as "30 days ago"
  // included), so the table refreshing after a bulk run does not change what is selected.
  // Under the group filter the whole list is at hand, so it is kept instead of the query.
  const [allMatchingQuery, setAllMatchingQuery] = useState<{ query: AnsweredMemberQuery; total: number; members?: Member[] } | null>(null);
  const allMatching = allMatchingQuery !== null;
  // Rows unticked after choosing all that match: the rest stay selected, on every page.
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const criteria = JSON.stringify([params.search, params.filters]);
  const [selectionCriteria, setSelectionCriteria] = useState(criteria);
  if (selectionCriteria !== criteria) {
    // A new search or filter starts a new selection (React's "adjust state while rendering" pattern).
    setSelectionCriteria(criteria);
    setPicked(new Map());
    setAllMatchingQuery(null);
    setExcluded(new Set());
  }
  const allSelection: MemberSelection | null =
    allMatchingQuery === null
      ? null
      : allMatchingQuery.members
        ? { kind: 'picked', members: allMatchingQuery.members.filter((member) => !excluded.has(member.username)) }
        : { kind: 'query', query: allMatchingQuery.query, total: allMatchingQuery.total, excluded };
  const selection: MemberSelection | null = allSelection
    ? selectionCount(allSelection) > 0
      ? allSelection
      : null
    : picked.size > 0
      ? { kind: 'picked', members: [...picked.values()] }
      : null;

  const handleSelectionChange = (ticks: GridRowSelectionModel) => {
    const rows = data?.members ?? [];
    // Still "all that match", less the rows unticked on this page or any other; or picks kept across pages.
    if (allMatching) setExcluded(withPageExclusions(excluded, rows, usernameOf, ticks));
    else setPicked(withPagePicks(picked, rows, usernameOf, ticks));
  };
  const isFiltered = hasMemberFilters(params.filters);
  const matching = [params.search ? `“${params.search}”` : '', isFiltered ? 'the filters' : ''].filter(Boolean).join(' and ');

  if (memberQuery?.kind === 'unsupported') {
    return <Alert severity="warning">{memberQuery.reason}</Alert>;
  }

  if (members.isError && params.filters.group) {
    return <Alert severity="error">The group filter could not be applied: {members.error.message}</Alert>;
  }

  return (
    <ServerDataGrid
      aria-label="Members"
      rows={data?.members ?? []}
      getRowId={usernameOf}
      columns={columns}
      state={params}
      onStateChange={onParamsChange}
      query={members}
      total={total}
      searchTotal={searchTotal}
      countLine={`${totalLabel} ${noun(total, 'member')}${matching ? ` ${noun(total, 'matches', 'match')} ${matching}` : ''}`}
      loadingLine="Loading members…"
      countAside={
        <MemberPagePicker
          page={params.page}
          pageCount={data ? pageCount : shownPages}
          onPageChange={(page) => {
            onParamsChange({ page });
          }}
        />
      }
      ceilingNote="the export and “select all” still get every match."
      errorTitle="The members could not be loaded"
      notices={
        <>
          {answered && !canSortBy(answered, params.sortField) ? (
            <Alert severity="info">
              The portal&apos;s member search cannot sort by {sortFieldNames[params.sortField]}, so these results are in the portal&apos;s own order. Clear the
              search box and the last-login, status and created-date filters to sort by {sortFieldNames[params.sortField]}.
            </Alert>
          ) : null}
          {selection && actions.length > 0 ? (
            <MemberSelectionBar
              selection={selection}
              matching={total}
              matchingLabel={totalLabel}
              allMatchingSelected={allMatching && excluded.size === 0}
              onSelectAllMatching={() => {
                setAllMatchingQuery({ query: answered ?? waitingQuery, total, ...(all ? { members: all } : {}) });
                setExcluded(new Set());
              }}
              onClear={() => {
                setAllMatchingQuery(null);
                setPicked(new Map());
                setExcluded(new Set());
              }}
              allowed={creditAwareActions}
              self={self}
              deletion={deletion}
            />
          ) : null}
          {lookups.isError ? (
            <Alert severity="warning">Role and user type names could not be loaded ({lookups.error.message}); ids are shown instead.</Alert>
          ) : null}
        </>
      }
      sorting={{ fieldByColumn: sortFieldByColumn, defaultSort }}
      columnVisibilityModel={hiddenColumns.model}
      onColumnVisibilityModelChange={hiddenColumns.onModelChange}
      showToolbar
      slots={gridSlots}
      slotProps={gridSlotProps}
      hideFooterSelectedRowCount // the selection bar counts across pages; the grid would count this page only
      checkboxSelection={actions.length > 0}
      keepNonExistentRowsSelected
      rowSelectionModel={ticksOf(allMatching ? { allExcept: excluded } : { picked })}
      onRowSelectionModelChange={handleSelectionChange}
      localeText={{
        noRowsLabel: matching ? `No members match ${matching}.` : 'This organization has no members yet.',
      }}
      height={{ height: 'calc(100vh - 310px)', minHeight: 420 }}
    />
  );
}
