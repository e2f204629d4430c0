import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import type { SxProps, Theme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { DataGrid, type DataGridProps, type GridPaginationModel, type GridSortModel, type GridValidRowModel } from '@mui/x-data-grid';
import { type ReactNode, useMemo, useState } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import { SEARCH_RESULT_CEILING } from '@/lib/arcgis/search-ceiling';
import type { SortOrder } from '@/lib/list-params/define-list-params';
import { type ListPageSize, listPageSizes } from '@/lib/list-params/page-sizes';

type Sort<S extends string> = { sortField: S; sortOrder: SortOrder };

/** The part of a list's URL state the grid reads and changes. */
export type ServerGridState<S extends string> = { page: number; pageSize: ListPageSize } & Partial<Sort<S>>;

/** What the grid needs of the rows' query (a TanStack Query result). */
type RowsQuery = { isPending: boolean; isFetching: boolean; isError: boolean; error: Error | null; refetch: () => unknown };

type Sorting<S extends string> = {
  /** Grid column → the portal's sort field; a column missing here is not sorted by the portal. */
  fieldByColumn: Readonly<Partial<Record<string, S>>>;
  defaultSort: Sort<S>;
  /** The sort the rows really have, when the portal cannot apply the one asked for (shown instead of it). */
  applied?: Sort<S>;
};

type Props<R extends GridValidRowModel, S extends string> = Omit<
  DataGridProps<R>,
  | 'paginationMode'
  | 'sortingMode'
  | 'rowCount'
  | 'loading'
  | 'paginationModel'
  | 'onPaginationModelChange'
  | 'pageSizeOptions'
  | 'sortModel'
  | 'onSortModelChange'
> & {
  'aria-label': string;
  /** What was asked: the URL's state, not the params of the rows on screen. */
  state: ServerGridState<S>;
  onStateChange: (next: Partial<ServerGridState<S>>) => void;
  query: RowsQuery;
  total: number;
  /** A search's total, which stops at the portal's 10,000-result ceiling: its pages past that are not offered. */
  searchTotal?: boolean;
  /** The count line ("12 groups match"), and what it says while the first rows load. */
  countLine: string;
  loadingLine: string;
  /** Beside the count line (the members table's page picker). */
  countAside?: ReactNode;
  /** Said after the ceiling notice (what still reaches every match). */
  ceilingNote?: string;
  errorTitle: string;
  /** Notices between the count line and the grid. */
  notices?: ReactNode;
  /** Without it the grid does not sort. */
  sorting?: Sorting<S>;
  height: SxProps<Theme>;
};

const loadingSlotProps = { loadingOverlay: { variant: 'skeleton', noRowsVariant: 'skeleton' } } as const;

/**
 * A Data Grid paged and sorted by the portal: the count line, the 10,000 search ceiling, the error with "Try again",
 * and its paging and sorting kept in the list's URL state. Grid looks come from the theme (theme/customizations).
 */
export function ServerDataGrid<R extends GridValidRowModel, S extends string = never>({
  state,
  onStateChange,
  query,
  total,
  searchTotal = false,
  countLine,
  loadingLine,
  countAside,
  ceilingNote,
  errorTitle,
  notices,
  sorting,
  height,
  slotProps,
  ...grid
}: Props<R, S>) {
  const asked = sorting
    ? (sorting.applied ?? { sortField: state.sortField ?? sorting.defaultSort.sortField, sortOrder: state.sortOrder ?? sorting.defaultSort.sortOrder })
    : null;
  // A header click shows at once. The router applies the URL's new state in a transition, so until it reaches this
  // render the grid would otherwise still hold the old sort, and a second click would ask for the same order again.
  const [clicked, setClicked] = useState<{ from: ServerGridState<S>; sort: Sort<S> } | null>(null);
  const shown = clicked && clicked.from === state ? clicked.sort : asked;
  // Kept while the sort stays: a new model each render would send the grid back to its first page.
  const fieldByColumn = sorting?.fieldByColumn;
  const shownField = shown?.sortField;
  const shownOrder = shown?.sortOrder;
  const sortModel = useMemo<GridSortModel>(() => {
    if (!fieldByColumn || !shownField || !shownOrder) return [];
    const column = Object.entries(fieldByColumn).find(([, field]) => field === shownField)?.[0];
    return column ? [{ field: column, sort: shownOrder }] : [];
  }, [fieldByColumn, shownField, shownOrder]);

  const handleSortModelChange = (model: GridSortModel) => {
    if (!sorting || !shown) return;
    const [first] = model;
    const field = first ? sorting.fieldByColumn[first.field] : undefined;
    const next = field && first?.sort ? { sortField: field, sortOrder: first.sort } : sorting.defaultSort;
    // The grid also reports the model it was given; only a real change resets to the first page.
    if (next.sortField === shown.sortField && next.sortOrder === shown.sortOrder) return;
    setClicked({ from: state, sort: next });
    onStateChange({ ...next, page: 0 });
  };

  const handlePaginationModelChange = (model: GridPaginationModel) => {
    const pageSize = listPageSizes.includes(model.pageSize as ListPageSize) ? (model.pageSize as ListPageSize) : state.pageSize;
    const page = pageSize === state.pageSize ? model.page : 0;
    if (page === state.page && pageSize === state.pageSize) return;
    onStateChange({ page, pageSize });
  };

  if (query.isError) {
    return <ErrorAlert title={errorTitle} message={query.error?.message ?? ''} onRetry={() => void query.refetch()} />;
  }

  const pastCeiling = searchTotal && total >= SEARCH_RESULT_CEILING;
  return (
    <Stack spacing={1.5}>
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', minHeight: countAside ? 40 : undefined }}
      >
        <Typography variant="body2" color="text.secondary" role="status" aria-live="polite">
          {query.isPending ? loadingLine : countLine}
        </Typography>
        {countAside}
      </Stack>
      {pastCeiling ? (
        <Alert severity="info">
          The portal counts and pages through the first {SEARCH_RESULT_CEILING.toLocaleString()} results of a search. Narrow the search to reach the others
          {ceilingNote ? `; ${ceilingNote}` : '.'}
        </Alert>
      ) : null}
      {notices}
      <Box sx={height}>
        <DataGrid
          {...grid}
          rowCount={searchTotal ? Math.min(total, SEARCH_RESULT_CEILING) : total}
          loading={query.isFetching}
          paginationMode="server"
          paginationModel={{ page: state.page, pageSize: state.pageSize }}
          onPaginationModelChange={handlePaginationModelChange}
          pageSizeOptions={[...listPageSizes]}
          {...(sorting
            ? { sortingMode: 'server', sortModel, onSortModelChange: handleSortModelChange, sortingOrder: ['asc', 'desc'] }
            : { disableColumnSorting: true })}
          disableColumnFilter
          rowHeight={44}
          slotProps={{ ...loadingSlotProps, ...slotProps }}
        />
      </Box>
    </Stack>
  );
}
