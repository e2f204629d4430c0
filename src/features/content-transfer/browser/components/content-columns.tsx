import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useQuery } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';

import { contentQueries } from '../../api/content-queries';
import type { ContentItem } from '../../types';
import { canSortContentBy } from '../content-list-params';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${String(bytes)} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

const accessLabels: Record<string, string> = { private: 'Private', shared: 'Groups', org: 'Organization', public: 'Public' };

/** Access level, and for items not kept private the groups they are shared with (read per row). */
function SharingCell({ item, groupTitles }: { item: ContentItem; groupTitles: ReadonlyMap<string, string> }) {
  const session = usePortalSession();
  const sharing = useQuery({ ...contentQueries.sharing(session, item.owner, item.id), enabled: item.access !== 'private' });
  const groups = (sharing.data ?? []).map((id) => groupTitles.get(id) ?? 'a group you cannot see');
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%', overflow: 'hidden' }}>
      <Chip size="small" variant="outlined" label={accessLabels[item.access] ?? item.access} />
      {groups.length > 0 ? (
        <Typography variant="body2" noWrap title={groups.join(', ')}>
          {groups.join(', ')}
        </Typography>
      ) : null}
    </Stack>
  );
}

/** In a search (all folders) the folder shows, and only the columns the portal's `search` sorts by are sortable. */
export function contentColumns(options: {
  searching: boolean;
  folderTitles: ReadonlyMap<string, string>;
  groupTitles: ReadonlyMap<string, string>;
}): GridColDef<ContentItem>[] {
  const columns: GridColDef<ContentItem>[] = [
    { field: 'title', headerName: 'Title', flex: 2, minWidth: 220 },
    { field: 'type', headerName: 'Type', flex: 1, minWidth: 150 },
  ];
  if (options.searching) {
    columns.push({
      field: 'folderId',
      headerName: 'Folder',
      flex: 0.9,
      minWidth: 130,
      sortable: false,
      valueGetter: (value: string | null) => (value ? (options.folderTitles.get(value) ?? value) : 'Root folder'),
    });
  }
  columns.push(
    {
      field: 'modified',
      headerName: 'Modified',
      width: 130,
      valueFormatter: (value: number) => dateFormat.format(value),
    },
    {
      field: 'size',
      headerName: 'Size',
      width: 100,
      align: 'right',
      headerAlign: 'right',
      sortable: canSortContentBy('size', options.searching),
      valueFormatter: (value: number) => formatSize(value),
    },
    {
      field: 'access',
      headerName: 'Sharing',
      flex: 1.4,
      minWidth: 200,
      sortable: false,
      renderCell: ({ row }) => <SharingCell item={row} groupTitles={options.groupTitles} />,
    },
  );
  return columns;
}
