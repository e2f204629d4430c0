import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import {
  DataGrid,
  type GridPaginationModel,
  type GridRowSelectionModel,
  type GridSortModel,
} from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import { usePortalSession } from '@/hooks/use-session';
import { SEARCH_RESULT_CEILING } from '@/lib/arcgis/search-ceiling';
import { countOf } from '@/lib/text/plural';

import { contentQueries } from '../api/content-queries';
import { effectiveContentSort, isSearching } from '../content-list-params';
import { withPageSelection } from '../content-selection';
import {
  type ContentFolder,
  type ContentListParams,
  type ContentPageSize,
  contentPageSizes,
  type ContentSelection,
  type ContentSortField,
  contentSortFields,
} from '../types';
import { contentColumns } from './content-columns';

type Props = {
  owner: string;
  params: ContentListParams;
  onParamsChange: (next: Partial<ContentListParams>) => void;
  folders: readonly ContentFolder[];
  groupTitles: ReadonlyMap<string, string>;
  selection: ContentSelection;
  onSelectionChange: (next: ContentSelection) => void;
  onTotal?: (total: number) => void;
};

/**
 * One folder's items (read whole, sorted and paged here), or a search over all of them (paged and sorted by the
 * portal): selectable across pages.
 */
export function ContentItemsTable({ owner, params, onParamsChange, folders, groupTitles, selection, onSelectionChange }: Props) {
  const session = usePortalSession();
  const page = useQuery(contentQueries.page(session, owner, params));
  const searching = isSearching(params);
  const folderTitles = useMemo(() => new Map(folders.map((folder) => [folder.id, folder.title])), [folders]);
  const columns = useMemo(
    () => contentColumns({ searching, folderTitles, groupTitles }),
    [searching, folderTitles, groupTitles],
  );
  const rows = page.data?.items ?? [];
  const total = page.data?.total ?? 0;
  // The sort really applied: a search cannot sort by size, so the grid shows the default then (not a size arrow).
  const { sortField, sortOrder } = effectiveContentSort(params);
  const sortModel = useMemo<GridSortModel>(() => [{ field: sortField, sort: sortOrder }], [sortField, sortOrder]);
  const selectionModel = useMemo<GridRowSelectionModel>(() => ({ type: 'include', ids: new Set(selection.items.keys()) }), [selection.items]);

  const handleSortModelChange = (model: GridSortModel) => {
    const [first] = model;
    const field = contentSortFields.includes(first?.field as ContentSortField) ? (first?.field as ContentSortField) : 'modified';
    const order = first?.sort ?? 'desc';
    if (field === sortField && order === sortOrder) return;
    onParamsChange({ sortField: field, sortOrder: order, page: 0 });
  };

  const handlePaginationModelChange = (model: GridPaginationModel) => {
    const pageSize = contentPageSizes.includes(model.pageSize as ContentPageSize) ? (model.pageSize as ContentPageSize) : params.pageSize;
    const pageIndex = pageSize === params.pageSize ? model.page : 0;
    if (pageIndex === params.page && pageSize === params.pageSize) return;
    onParamsChange({ page: pageIndex, pageSize });
  };

  const handleSelection = (model: GridRowSelectionModel) => {
    const ids = new Set(
      model.type === 'include'
        ? [...model.ids].map(String)
        : rows.map((row) => row.id).filter((id) => !model.ids.has(id)),
    );
    onSelectionChange(withPageSelection(selection, rows, ids));
  };

  if (page.isError) {
    return <ErrorAlert title="The content could not be loaded" message={page.error.message} onRetry={() => void page.refetch()} />;
  }

  const where = searching ? 'match the search in all folders' : params.folder ? `in “${folderTitles.get(params.folder) ?? 'this folder'}”` : 'in the root folder';
  return (
    <>
      <Typography variant="body2" color="text.secondary" role="status" aria-live="polite" sx={{ mb: 1 }}>
        {page.isPending ? 'Loading content…' : `${countOf(total, 'item')} ${where}`}
      </Typography>
      <Box sx={{ height: 'calc(100vh - 420px)', minHeight: 380 }}>
        <DataGrid
          aria-label="Items"
          rows={rows}
          columns={columns}
          rowCount={Math.min(total, SEARCH_RESULT_CEILING)}
          loading={page.isFetching}
          paginationMode="server"
          sortingMode="server"
          paginationModel={{ page: params.page, pageSize: params.pageSize }}
          onPaginationModelChange={handlePaginationModelChange}
          pageSizeOptions={[...contentPageSizes]}
          sortModel={sortModel}
          onSortModelChange={handleSortModelChange}
          sortingOrder={['asc', 'desc']}
          checkboxSelection
          keepNonExistentRowsSelected
          rowSelectionModel={selectionModel}
          onRowSelectionModelChange={handleSelection}
          disableColumnFilter
          disableRowSelectionOnClick
          rowHeight={44}
          localeText={{ noRowsLabel: searching ? 'No items match the search.' : 'This folder is empty.' }}
          slotProps={{ loadingOverlay: { variant: 'skeleton', noRowsVariant: 'skeleton' } }}
          sx={{ bgcolor: 'background.paper' }}
        />
      </Box>
    </>
  );
}
