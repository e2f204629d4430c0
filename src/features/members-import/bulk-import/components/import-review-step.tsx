import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { DataGrid, type GridPaginationModel, type GridRowSelectionModel, type GridSortModel } from '@mui/x-data-grid';
import { type ReactNode, startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

import { SearchField } from '@/components/search-field';
import { useFillHeight } from '@/hooks/use-fill-height';
import { downloadTextFile } from '@/lib/download-text-file';
import { ticksOf, withPageExclusions, withPagePicks } from '@/lib/selection/page-picks';
import { countOf } from '@/lib/text/plural';

import { type BulkScope, type BulkSetKind, type BulkValue, ImportBulkSetDialog } from './import-bulk-set-dialog';
import { importReviewColumns, type ReviewRow, reviewSortValue } from './import-review-columns';
import { ImportRowEditor } from './import-row-editor';
import { statusLabel } from './import-status-chip';
import { createReviewStore } from './review-store';
import { describeImportSummary } from '../../core/import-summary';
import { type ImportView, reviewCell, reviewStatuses } from '../../core/import-view';
import { type ReviewOrganization, withGroupsAdded } from '../../core/review-values';
import type { MemberField, MemberRowStatus } from '../../core/types';
import type { EditableMemberRow } from '../../worker/import-session';
import { noReviewSelection, type ReviewSelection, type ReviewSort, reviewPage, selectedLinesOf, sortReviewRows } from '../review-rows';

type RowChanges = Record<number, Partial<Record<MemberField, string>>>;

type Props = {
  analysis: ImportView;
  fileName: string;
  /** Roles, user types with the seats last read, and groups: for the pickers and the names the review shows. */
  organization: ReviewOrganization | null;
  onExclude: (line: number, isExcluded: boolean) => void;
  onEdit: (line: number, values: Partial<Record<MemberField, string>>) => void;
  /** Values for many rows at once ("Set user type…"), checked again like fixes. */
  onEditRows: (changes: RowChanges) => void;
  /** Reads the seats left again (the review is shown, the window regains focus, a picker opens). */
  onRefreshSeats: () => void;
  /** The row as the Fix dialog edits it (without its password), from the worker. */
  loadRow: (line: number) => Promise<EditableMemberRow | null>;
  /** The review as CSV, built by the worker. */
  reviewCsv: () => Promise<string>;
  onConfirm: () => void;
  onBack: () => void;
  /** A resumed run must be able to finish even when every remaining row only needs confirming. */
  isResuming: boolean;
  /** Shown next to the add button ("Submit for approval…"). */
  extraAction?: ReactNode;
  /** An approver running a plan: the add button approves and adds. */
  isApproving?: boolean;
};

const filters: (MemberRowStatus | 'all')[] = ['all', 'ready', 'warning', 'error', 'exists', 'skipped', 'done'];
const minimumHeight = 360;
const pageSize = 100;

// Module-level so the grid gets the same functions on every render: a new `getRowId` or `getRowHeight` makes it take
// in (or measure) every row again, which a 50,000-row review feels on each click.
const rowIdOf = (row: ReviewRow) => row.line;
const autoHeight = () => 'auto' as const;
// About a two-line row: the grid lays out the page at this height before measuring, instead of at the density's.
const estimatedHeight = () => 52;

const sameRows = (next: readonly ReviewRow[], previous: readonly ReviewRow[]) =>
  next.length === previous.length && next.every((row, at) => row.line === previous[at]?.line && row.index === previous[at].index);

/** Every row with its status and reasons; nothing is written until the reviewer confirms the summary. */
export function ImportReviewStep(props: Props) {
  const {
    analysis,
    fileName,
    organization,
    onExclude,
    onEdit,
    onEditRows,
    onRefreshSeats,
    loadRow,
    reviewCsv,
    onConfirm,
    onBack,
    isResuming,
    extraAction,
    isApproving = false,
  } = props;
  const [filter, setFilter] = useState<MemberRowStatus | 'all'>('all');
  const [search, setSearch] = useState('');
  const searchText = search.trim().toLowerCase();
  const criteria = `${filter}\n${searchText}`;
  const [shownCriteria, setShownCriteria] = useState(criteria);
  const [selection, setSelection] = useState<ReviewSelection>(noReviewSelection);
  const [sort, setSort] = useState<ReviewSort>(null);
  const [page, setPage] = useState(0);
  if (shownCriteria !== criteria) {
    // Another filter or search shows other rows: a new selection, from the first page.
    setShownCriteria(criteria);
    setSelection(noReviewSelection);
    setPage(0);
  }
  const [editingRow, setEditingRow] = useState<EditableMemberRow | null>(null);
  const [bulkKind, setBulkKind] = useState<BulkSetKind | null>(null);
  const [isConfirming, setIsConfirming] = useState(false);
  const isNarrow = useMediaQuery('(max-width: 1279.95px)');
  // The summary, the toolbars and the grid together take the window below the app bar (64 px).
  const { ref: gridBox, blockRef: reviewBlock, height } = useFillHeight<HTMLDivElement, HTMLDivElement>(minimumHeight, 64);
  const { summary, review } = analysis;
  // The cells read the review from here: a new review redraws the rows it changed, not the grid.
  const [store] = useState(() => createReviewStore(review));
  useLayoutEffect(() => {
    store.set(review);
  }, [review, store]);

  // The review opens scrolled to itself (once the grid has its height), so its rows get the window.
  const hasScrolled = useRef(false);
  useEffect(() => {
    if (hasScrolled.current || height === minimumHeight) return;
    hasScrolled.current = true;
    reviewBlock.current?.scrollIntoView({ block: 'start' });
  }, [height, reviewBlock]);

  // Seats are read again when the review is shown and whenever the window comes back into focus.
  useEffect(() => {
    onRefreshSeats();
    window.addEventListener('focus', onRefreshSeats);
    return () => {
      window.removeEventListener('focus', onRefreshSeats);
    };
  }, [onRefreshSeats]);

  // Every row, until the lines change (a fix or an answer changes a review, never its lines).
  const allRows = useMemo(() => Array.from(review.lines, (line, index): ReviewRow => ({ line, index })), [review.lines]);
  const matching = useMemo<ReviewRow[]>(() => {
    if (filter === 'all' && !searchText) return allRows;
    const wanted = filter === 'all' ? -1 : reviewStatuses.indexOf(filter);
    const matches = (index: number) =>
      !searchText || (['username', 'name', 'email'] as const).some((field) => reviewCell.text(review, field, index).toLowerCase().includes(searchText));
    const result: ReviewRow[] = [];
    for (let index = 0; index < review.lines.length; index += 1) {
      if ((wanted === -1 || review.statuses[index] === wanted) && matches(index)) result.push({ line: review.lines[index] ?? 0, index });
    }
    return result;
  }, [allRows, review, filter, searchText]);
  // The same rows as before (a fix that moved no row) stay the same rows: the grid only redraws their cells instead of
  // taking every row in again.
  const [visible, setVisible] = useState(matching);
  if (visible !== matching && !sameRows(matching, visible)) setVisible(matching);
  // The grid is handed one page of rows, sorted here: taking in 50,000 rows at once was the review's longest pause.
  // Sorted when the rows shown or the sort change, not on a fix, so a fixed row does not jump away.
  const sorted = useMemo(
    () => sortReviewRows(visible, sort, (row) => reviewSortValue(sort?.field ?? '', store.get(), organization, row)),
    [visible, sort, store, organization],
  );
  const shown = useMemo(() => reviewPage(sorted, page, pageSize), [sorted, page]);
  const paginationModel = useMemo<GridPaginationModel>(() => ({ page: shown.page, pageSize }), [shown.page]);
  const sortModel = useMemo<GridSortModel>(() => (sort ? [{ field: sort.field, sort: sort.direction }] : []), [sort]);
  const gridTicks = useMemo<GridRowSelectionModel>(() => ticksOf<number>(selection), [selection]);

  const selectedLines = useMemo(() => selectedLinesOf(selection, visible), [selection, visible]);
  const allLines = useMemo(() => {
    const done = reviewStatuses.indexOf('done');
    return Array.from(review.lines).filter((_line, index) => review.statuses[index] !== done);
  }, [review]);

  const openEditor = useCallback(
    (line: number) => {
      onRefreshSeats();
      void loadRow(line).then((row) => {
        setEditingRow(row);
      });
    },
    [loadRow, onRefreshSeats],
  );
  const openBulk = (kind: BulkSetKind) => {
    onRefreshSeats();
    setBulkKind(kind);
  };
  const applyBulk = (value: BulkValue, scope: BulkScope) => {
    if (!organization) return;
    const lines = scope === 'all' ? allLines : selectedLines;
    const indexOf = new Map(Array.from(review.lines, (line, index) => [line, index]));
    const changes: RowChanges = {};
    for (const line of lines) {
      changes[line] =
        value.kind === 'groups'
          ? { groups: withGroupsAdded(reviewCell.text(review, 'groups', indexOf.get(line) ?? 0), value.groupIds, organization) }
          : { [value.kind]: value.cell };
    }
    onEditRows(changes);
    setBulkKind(null);
  };

  // The same columns until what they show changes: new ones make the grid take them in again on every click.
  const columns = useMemo(
    () => importReviewColumns({ store, organization, isNarrow, onFix: openEditor, onExclude }),
    [store, organization, isNarrow, openEditor, onExclude],
  );

  const handleDownload = () => {
    void reviewCsv().then((csv) => {
      downloadTextFile(fileName.replace(/\.[^.]+$/, '') + '-review.csv', csv);
    });
  };

  const addLabel = summary.toAdd === 0 && isResuming ? 'Finish the import…' : `${isApproving ? 'Approve and add' : 'Add'} ${countOf(summary.toAdd, 'member')}…`;
  const scopeText = selectedLines.length > 0 ? `${countOf(selectedLines.length, 'row')} selected:` : `All ${countOf(allLines.length, 'row')}:`;

  // The grid redraws only when what it shows changes, not when a dialog opens or closes beside it: with 50,000 rows,
  // every redraw of the grid is a long pause.
  const noRowsLabel = search ? 'No row matches the search.' : 'No rows.';
  const grid = useMemo(
    () => (
      <DataGrid
        aria-label="Rows to review"
        rows={shown.rows}
        columns={columns}
        getRowId={rowIdOf}
        getRowHeight={autoHeight}
        getEstimatedRowHeight={estimatedHeight}
        density="compact"
        checkboxSelection
        rowSelectionModel={gridTicks}
        onRowSelectionModelChange={(ticks) => {
          setSelection((previous) =>
            'allExcept' in previous
              ? { allExcept: withPageExclusions(previous.allExcept, shown.rows, rowIdOf, ticks) }
              : { picked: withPagePicks(previous.picked, shown.rows, rowIdOf, ticks) },
          );
        }}
        disableRowSelectionOnClick
        disableColumnFilter
        paginationMode="server"
        sortingMode="server"
        rowCount={sorted.length}
        paginationModel={paginationModel}
        onPaginationModelChange={(model) => {
          setPage(model.page);
        }}
        sortModel={sortModel}
        onSortModelChange={(model) => {
          const [first] = model;
          setSort(first ? { field: first.field, direction: first.sort === 'desc' ? 'desc' : 'asc' } : null);
          setPage(0);
        }}
        pageSizeOptions={[pageSize]}
        localeText={{ noRowsLabel }}
        sx={{ bgcolor: 'background.paper', '& .MuiDataGrid-cell': { py: 0.75, alignItems: 'center', display: 'flex' } }}
      />
    ),
    [columns, noRowsLabel, gridTicks, shown.rows, sorted.length, paginationModel, sortModel],
  );

  return (
    <Stack spacing={1.5} ref={reviewBlock} sx={{ scrollMarginTop: 72 }}>
      <Alert
        severity={summary.toAdd > 0 ? 'info' : 'warning'}
        role="region"
        aria-label="What will be added"
        sx={{ py: 0.25, '& .MuiAlert-action': { alignItems: 'center', pt: 0 } }}
        action={
          <Stack direction="row" spacing={1} sx={{ whiteSpace: 'nowrap' }}>
            <Button size="small" color="inherit" onClick={onBack}>
              Back to columns
            </Button>
            {extraAction}
            <Button
              variant="contained"
              size="small"
              disabled={summary.toAdd === 0 && !isResuming}
              onClick={() => {
                setIsConfirming(true);
              }}
            >
              {addLabel}
            </Button>
          </Stack>
        }
      >
        <span role="status">{describeImportSummary(summary)}</span>
      </Alert>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <SearchField
          label="Search rows"
          placeholder={isNarrow ? 'Username, name, email' : 'Username, name or email'}
          value={search}
          onTextChange={setSearch}
          sx={{ width: isNarrow ? 250 : 290 }}
        />
        <ToggleButtonGroup
          size="small"
          exclusive
          value={filter}
          onChange={(_event, value: MemberRowStatus | 'all' | null) => {
            if (value) setFilter(value);
          }}
          aria-label="Show rows"
          sx={{ flexWrap: 'wrap' }}
        >
          {filters
            .filter((status) => status === 'all' || summary.counts[status] > 0 || status === 'ready' || status === 'error')
            .map((status) => (
              <ToggleButton key={status} value={status} sx={{ py: 0.5 }}>
                {status === 'all'
                  ? `All (${summary.total.toLocaleString('en-US')})`
                  : `${statusLabel(status)} (${summary.counts[status].toLocaleString('en-US')})`}
              </ToggleButton>
            ))}
        </ToggleButtonGroup>
      </Stack>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }} role="group" aria-label="Change rows">
        <Typography variant="body2" color="text.secondary" role="status" sx={{ mr: 1 }}>
          {scopeText}
        </Typography>
        {selectedLines.length > 0 && selectedLines.length < visible.length ? (
          <Button
            size="small"
            onClick={() => {
              setSelection({ allExcept: new Set() });
            }}
          >
            Select all {countOf(visible.length, 'row')}
            {filter !== 'all' || searchText ? ' shown' : ''}
          </Button>
        ) : null}
        {selectedLines.length > 0 ? (
          <Button
            size="small"
            onClick={() => {
              setSelection(noReviewSelection);
            }}
          >
            Clear selection
          </Button>
        ) : null}
        <Button
          size="small"
          variant="outlined"
          disabled={!organization}
          onClick={() => {
            openBulk('role');
          }}
        >
          Set role…
        </Button>
        <Button
          size="small"
          variant="outlined"
          disabled={!organization?.userTypes}
          onClick={() => {
            openBulk('userType');
          }}
        >
          Set user type…
        </Button>
        <Button
          size="small"
          variant="outlined"
          disabled={!organization?.groups}
          onClick={() => {
            openBulk('groups');
          }}
        >
          Add to groups…
        </Button>
        <Box sx={{ flexGrow: 1 }} />
        <Button variant="outlined" size="small" onClick={handleDownload}>
          Download review (CSV)
        </Button>
      </Stack>
      <Box ref={gridBox} sx={{ height }}>
        {grid}
      </Box>
      {editingRow ? (
        <ImportRowEditor
          row={editingRow}
          mapping={analysis.mapping}
          organization={organization}
          onClose={() => {
            setEditingRow(null);
          }}
          onSave={(values) => {
            onEdit(editingRow.line, values);
            // Closed in a transition, so the fixed username's check is on its way before the review redraws.
            startTransition(() => {
              setEditingRow(null);
            });
          }}
        />
      ) : null}
      {bulkKind && organization ? (
        <ImportBulkSetDialog
          kind={bulkKind}
          organization={organization}
          allCount={allLines.length}
          selectedCount={selectedLines.length}
          onApply={applyBulk}
          onClose={() => {
            setBulkKind(null);
          }}
        />
      ) : null}
      <Dialog
        open={isConfirming}
        onClose={() => {
          setIsConfirming(false);
        }}
      >
        <DialogTitle>{isApproving ? 'Approve this plan and add its members?' : 'Add members to the portal?'}</DialogTitle>
        <DialogContent>
          <DialogContentText>{describeImportSummary(summary)}</DialogContentText>
          <DialogContentText sx={{ mt: 1 }}>
            Seats are checked once more before anything is sent. Accounts are created in batches; you can pause or cancel, and a report lists what happened to
            every row.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button
            onClick={() => {
              setIsConfirming(false);
            }}
          >
            Keep reviewing
          </Button>
          <Button
            variant="contained"
            onClick={() => {
              setIsConfirming(false);
              onConfirm();
            }}
          >
            {isApproving ? 'Approve and add' : 'Confirm and add'}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
