import type { GridRowSelectionModel } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { ServerDataGrid } from '@/components/server-data-grid';
import { usePortalSession } from '@/hooks/use-session';
import { countOf } from '@/lib/text/plural';

import { contentQueries } from '../../api/content-queries';
import { type ContentFolder, type ContentListParams, type ContentSelection, type ContentSortField, contentSortFields } from '../../types';
import { defaultContentListParams, effectiveContentSort, isSearching } from '../content-list-params';
import { withPageSelection } from '../content-selection';
import { contentColumns } from './content-columns';

const sortFieldByColumn = Object.fromEntries(contentSortFields.map((field) => [field, field])) as Record<string, ContentSortField>;
const defaultSort = { sortField: defaultContentListParams.sortField, sortOrder: defaultContentListParams.sortOrder };

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
  const columns = useMemo(() => contentColumns({ searching, folderTitles, groupTitles }), [searching, folderTitles, groupTitles]);
  const rows = page.data?.items ?? [];
  const total = page.data?.total ?? 0;
  const selectionModel = useMemo<GridRowSelectionModel>(() => ({ type: 'include', ids: new Set(selection.items.keys()) }), [selection.items]);

  const handleSelection = (model: GridRowSelectionModel) => {
    const ids = new Set(model.type === 'include' ? [...model.ids].map(String) : rows.map((row) => row.id).filter((id) => !model.ids.has(id)));
    onSelectionChange(withPageSelection(selection, rows, ids));
  };

  const where = searching
    ? 'match the search in all folders'
    : params.folder
      ? `in “${folderTitles.get(params.folder) ?? 'this folder'}”`
      : 'in the root folder';
  return (
    <ServerDataGrid
      aria-label="Items"
      rows={rows}
      columns={columns}
      state={params}
      onStateChange={onParamsChange}
      query={page}
      total={total}
      searchTotal={searching}
      countLine={`${countOf(total, 'item')} ${where}`}
      loadingLine="Loading content…"
      errorTitle="The content could not be loaded"
      // The sort really applied: a search cannot sort by size, so the grid shows the default then (not a size arrow).
      sorting={{ fieldByColumn: sortFieldByColumn, defaultSort, applied: effectiveContentSort(params) }}
      checkboxSelection
      keepNonExistentRowsSelected
      rowSelectionModel={selectionModel}
      onRowSelectionModelChange={handleSelection}
      localeText={{ noRowsLabel: searching ? 'No items match the search.' : 'This folder is empty.' }}
      height={{ height: 'calc(100vh - 420px)', minHeight: 380 }}
    />
  );
}
