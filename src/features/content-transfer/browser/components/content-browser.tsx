import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';

import { contentQueries } from '../../api/content-queries';
import type { ContentSelection, GroupSummary } from '../../types';
import { isSearching } from '../content-list-params';
import { describeSelection, emptySelection, isSelectionEmpty } from '../content-selection';
import { useContentListParams } from '../use-content-list-params';
import { ContentFilterBar } from './content-filter-bar';
import { ContentItemsTable } from './content-items-table';
import { OwnedGroupsPanel } from './owned-groups-panel';
import { TransferDialog } from '../../transfer/components/transfer-dialog';

type Props = { owner: string };

/** A member's folders and items, the groups they own, and the transfer of any of it to a colleague. */
export function ContentBrowser({ owner }: Props) {
  const session = usePortalSession();
  const [params, setParams] = useContentListParams();
  const folders = useQuery(contentQueries.folders(session, owner));
  const profile = useQuery(contentQueries.profile(session, owner));
  const [selection, setSelection] = useState<ContentSelection>(emptySelection);
  const [transfer, setTransfer] = useState<{ selection: ContentSelection | null; groups: GroupSummary[] } | null>(null);
  const folderList = useMemo(() => folders.data ?? [], [folders.data]);
  const groupTitles = useMemo(() => new Map((profile.data?.groups ?? []).map((group) => [group.id, group.title])), [profile.data]);
  const searching = isSearching(params);
  const handleParams = useCallback(
    (next: Parameters<typeof setParams>[0]) => {
      setParams(next);
    },
    [setParams],
  );

  const currentFolderTitle = params.folder ? (folderList.find((folder) => folder.id === params.folder)?.title ?? 'this folder') : 'the root folder';

  return (
    <Stack spacing={2}>
      {profile.isError ? (
        <Alert severity="warning">The member’s groups could not be read ({profile.error.message}); shared-with groups show without names.</Alert>
      ) : null}
      <ContentFilterBar params={params} folders={folderList} onChange={handleParams} />
      <Paper variant="outlined" sx={{ p: 1.5 }} component="section" aria-label="Selection">
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={1}
          sx={{ alignItems: { md: 'center' }, '& .MuiButton-root': { whiteSpace: 'nowrap', flexShrink: 0 } }}
        >
          <Typography variant="body2" sx={{ flexGrow: 1 }} aria-live="polite">
            {isSelectionEmpty(selection)
              ? 'Nothing selected. Tick items, or select a whole folder or everything matching.'
              : `Selected: ${describeSelection(selection, folderList)}.`}
          </Typography>
          {searching ? (
            <Button
              size="small"
              onClick={() => {
                setSelection({ ...selection, query: { search: params.search, type: params.type } });
              }}
            >
              Select all matching
            </Button>
          ) : (
            <Button
              size="small"
              onClick={() => {
                setSelection({ ...selection, folders: new Set([...selection.folders, params.folder]) });
              }}
            >
              Select {currentFolderTitle === 'the root folder' ? 'the whole root folder' : `the whole folder “${currentFolderTitle}”`}
            </Button>
          )}
          <Button
            size="small"
            onClick={() => {
              setSelection({ ...selection, query: { search: '', type: '' } });
            }}
          >
            Select everything
          </Button>
          <Button
            size="small"
            disabled={isSelectionEmpty(selection)}
            onClick={() => {
              setSelection(emptySelection);
            }}
          >
            Clear selection
          </Button>
          <Button
            variant="contained"
            disabled={isSelectionEmpty(selection)}
            onClick={() => {
              setTransfer({ selection, groups: [] });
            }}
          >
            Transfer…
          </Button>
        </Stack>
      </Paper>
      <ContentItemsTable
        owner={owner}
        params={params}
        onParamsChange={handleParams}
        folders={folderList}
        groupTitles={groupTitles}
        selection={selection}
        onSelectionChange={setSelection}
      />
      <OwnedGroupsPanel
        owner={owner}
        onTransfer={(groups) => {
          setTransfer({ selection: null, groups });
        }}
      />
      {transfer ? (
        <TransferDialog
          owner={owner}
          selection={transfer.selection}
          groups={transfer.groups}
          folders={folderList}
          groupTitles={groupTitles}
          onClose={(isDone) => {
            setTransfer(null);
            if (isDone) setSelection(emptySelection);
          }}
        />
      ) : null}
    </Stack>
  );
}
