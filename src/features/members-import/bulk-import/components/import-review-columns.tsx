import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { GridColDef, GridRenderCellParams } from '@mui/x-data-grid';
import type { ReactNode } from 'react';

import { ImportStatusChip, statusLabel } from './import-status-chip';
import { type ReviewStore, useReviewRow } from './review-store';
import { reviewCell, type ReviewColumns } from '../../core/import-view';
import { groupTitles, type ReviewOrganization, roleName, userTypeName } from '../../core/review-values';

/** A grid row is only a line and its index into the columnar review; cells are decoded when the grid asks. */
export type ReviewRow = { line: number; index: number };

type Options = {
  /** The review the cells read; a cell redraws when its row changes, without the grid. */
  store: ReviewStore;
  organization: ReviewOrganization | null;
  /** Role, user type and groups go under the member instead of in columns of their own, so Problems stays in view. */
  isNarrow: boolean;
  onFix: (line: number) => void;
  onExclude: (line: number, isExcluded: boolean) => void;
};

/** What the row will get: the resolved name, marked "(default)" when the file left the cell empty. */
export function reviewAccess(review: ReviewColumns, organization: ReviewOrganization | null, index: number) {
  const roleText = reviewCell.text(review, 'role', index);
  const typeText = reviewCell.text(review, 'userType', index);
  const groupsText = reviewCell.text(review, 'groups', index);
  const named = organization ? groupTitles(groupsText, organization) : groupsText ? groupsText.split('; ') : [];
  // The organization's new-member groups are added to every row; said as such.
  const defaults = (organization?.defaults.groupIds ?? []).flatMap((id) => {
    const title = organization?.groups?.find((group) => group.id === id)?.title;
    return title && !named.includes(title) ? [`${title} (default)`] : [];
  });
  const role = organization ? roleName(organization, reviewCell.text(review, 'roleId', index), roleText) : roleText;
  const userType = organization ? userTypeName(organization, reviewCell.text(review, 'userTypeId', index), typeText) : typeText;
  return {
    role,
    userType,
    isDefaultRole: Boolean(role) && !roleText,
    isDefaultUserType: Boolean(userType) && !typeText,
    groups: [...named, ...defaults],
  };
}

const oneLine = { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;
const secondary = { ...oneLine, color: 'text.secondary' } as const;

/** A name, and " (default)" after it when the file left the cell empty and the organization's default applies. */
function Named({ name, isDefault, variant }: { name: string; isDefault: boolean; variant: 'body2' | 'caption' }) {
  const text = isDefault ? `${name} (default)` : name;
  return (
    <Typography variant={variant} sx={variant === 'caption' ? secondary : oneLine} title={text}>
      {name}
      {isDefault ? (
        <Typography component="span" variant="caption" color="text.secondary">
          {' (default)'}
        </Typography>
      ) : null}
    </Typography>
  );
}

/** A cell of row `index`, drawn from the review as it is now and again whenever that row changes. */
function ReviewCell({ store, index, draw }: { store: ReviewStore; index: number; draw: (review: ReviewColumns) => ReactNode }) {
  return draw(useReviewRow(store, index));
}

const describeAccess = ({ role, userType, isDefaultRole, isDefaultUserType }: ReturnType<typeof reviewAccess>) =>
  [role && `${role}${isDefaultRole ? ' (default)' : ''}`, userType && `${userType}${isDefaultUserType ? ' (default)' : ''}`].filter(Boolean).join(' · ');

/** What a column sorts by: the text its cells show, or the line number. */
export function reviewSortValue(field: string, review: ReviewColumns, organization: ReviewOrganization | null, row: ReviewRow): string | number {
  switch (field) {
    case 'line':
      return row.line;
    case 'status':
      return statusLabel(reviewCell.status(review, row.index));
    case 'username':
      return reviewCell.text(review, 'username', row.index);
    case 'access':
      return describeAccess(reviewAccess(review, organization, row.index));
    case 'groups':
      return reviewAccess(review, organization, row.index).groups.join('; ');
    case 'problems':
      return reviewCell.problems(review, row.index).join(' ');
    default:
      return '';
  }
}

export function importReviewColumns({ store, organization, isNarrow, onFix, onExclude }: Options): GridColDef<ReviewRow>[] {
  // Cells read the review they were drawn with; values (sorting, copying) the review as it is now.
  const status = (row: ReviewRow, review = store.get()) => reviewCell.status(review, row.index);
  const access = (row: ReviewRow, review = store.get()) => reviewAccess(review, organization, row.index);
  const text = (field: 'username' | 'name' | 'email', row: ReviewRow, review = store.get()) => reviewCell.text(review, field, row.index);
  const cell =
    (draw: (row: ReviewRow, review: ReviewColumns) => ReactNode) =>
    ({ row }: GridRenderCellParams<ReviewRow>) => <ReviewCell store={store} index={row.index} draw={(review) => draw(row, review)} />;
  const accessColumns: GridColDef<ReviewRow>[] = isNarrow
    ? []
    : [
        {
          field: 'access',
          headerName: 'Role and user type',
          width: 160,
          valueGetter: (_value, row) => reviewSortValue('access', store.get(), organization, row),
          renderCell: cell((row, review) => {
            const { role, userType, isDefaultRole, isDefaultUserType } = access(row, review);
            return (
              <Box sx={{ minWidth: 0, lineHeight: 1.35 }}>
                <Named name={role} isDefault={isDefaultRole} variant="body2" />
                {userType ? <Named name={userType} isDefault={isDefaultUserType} variant="body2" /> : null}
              </Box>
            );
          }),
        },
        {
          field: 'groups',
          headerName: 'Groups',
          flex: 0.5,
          minWidth: 136,
          valueGetter: (_value, row) => reviewSortValue('groups', store.get(), organization, row),
          renderCell: cell((row, review) => (
            <Box sx={{ minWidth: 0, lineHeight: 1.35 }}>
              {access(row, review).groups.map((group) => {
                const isDefault = group.endsWith(' (default)');
                return <Named key={group} name={isDefault ? group.slice(0, -' (default)'.length) : group} isDefault={isDefault} variant="body2" />;
              })}
            </Box>
          )),
        },
      ];
  return [
    { field: 'line', headerName: 'Line', width: 54, type: 'number' },
    {
      field: 'status',
      headerName: 'Status',
      width: 108,
      valueGetter: (_value, row) => reviewSortValue('status', store.get(), organization, row),
      renderCell: cell((row, review) => <ImportStatusChip status={status(row, review)} />),
    },
    {
      field: 'username',
      headerName: 'Member',
      flex: 0.8,
      minWidth: isNarrow ? 170 : 180,
      valueGetter: (_value, row) => reviewSortValue('username', store.get(), organization, row),
      renderCell: cell((row, review) => {
        const details = [text('name', row, review), text('email', row, review)].filter(Boolean).join(' · ');
        const rowAccess = access(row, review);
        const rights = [describeAccess(rowAccess), ...rowAccess.groups].filter(Boolean).join(' · ');
        return (
          <Box sx={{ minWidth: 0, lineHeight: 1.35 }}>
            <Typography variant="body2" sx={{ ...oneLine, fontWeight: 600 }}>
              {text('username', row, review) || '—'}
            </Typography>
            {details ? (
              <Typography variant="caption" sx={secondary} title={details}>
                {details}
              </Typography>
            ) : null}
            {isNarrow && rights ? (
              <Typography variant="caption" sx={secondary} title={rights}>
                {rights}
              </Typography>
            ) : null}
          </Box>
        );
      }),
    },
    ...accessColumns,
    {
      field: 'problems',
      headerName: 'Problems',
      flex: 2.6,
      minWidth: isNarrow ? 200 : 290,
      valueGetter: (_value, row) => reviewSortValue('problems', store.get(), organization, row),
      renderCell: cell((row, review) => (
        <Stack spacing={0.25} sx={{ whiteSpace: 'normal', lineHeight: 1.35, fontSize: '0.8125rem' }}>
          {reviewCell.problems(review, row.index).map((message) => (
            <span key={message}>{message}</span>
          ))}
        </Stack>
      )),
    },
    {
      field: 'actions',
      headerName: 'Actions',
      width: isNarrow ? 84 : 118,
      sortable: false,
      renderCell: cell((row, review) => {
        const rowStatus = status(row, review);
        if (rowStatus === 'done') return null;
        const line = String(row.line);
        const compact = { minWidth: 0, px: 0.75 } as const;
        return (
          <Stack direction={isNarrow ? 'column' : 'row'} sx={{ alignItems: 'flex-start' }}>
            <Button
              size="small"
              sx={compact}
              onClick={() => {
                onFix(row.line);
              }}
              aria-label={`Fix line ${line}`}
            >
              Fix
            </Button>
            <Button
              size="small"
              sx={compact}
              onClick={() => {
                onExclude(row.line, rowStatus !== 'skipped');
              }}
              aria-label={`${rowStatus === 'skipped' ? 'Include' : 'Exclude'} line ${line}`}
            >
              {rowStatus === 'skipped' ? 'Include' : 'Exclude'}
            </Button>
          </Stack>
        );
      }),
    },
  ];
}
