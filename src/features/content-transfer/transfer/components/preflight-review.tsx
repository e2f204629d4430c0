import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';

import { TableHeader } from '@/components/table-header';
import { countOf } from '@/lib/text/plural';

import { ROOT_FOLDER_NAME } from '../folder-strategy';
import type { GroupCheck } from '../group-transfer';
import type { ItemCheck, MissingGroup, PreflightResult } from '../preflight-transfer';

const statusChip: Record<ItemCheck['status'], { label: string; color: 'success' | 'warning' | 'error' }> = {
  ready: { label: 'Ready', color: 'success' },
  warning: { label: 'Warning', color: 'warning' },
  blocked: { label: 'Blocked', color: 'error' },
};

export const folderLabel = (folder: string) => (folder === ROOT_FOLDER_NAME ? 'Root folder' : folder);

type Props = {
  result: PreflightResult | null;
  groupChecks: readonly GroupCheck[];
  receiver: string;
  /** Group ids of `result.missingGroups` the receiver will be added to first. */
  groupsToJoin: ReadonlySet<string>;
  joinable: readonly MissingGroup[];
  onToggleJoin: (groupId: string, isJoining: boolean) => void;
  /** The signed-in member may add members to groups (`portal:admin:assignToGroups`); otherwise nothing is offered. */
  canAddMembers: boolean;
};

/** The checked plan, item by item and group by group; nothing has moved yet. */
export function PreflightReview({ result, groupChecks, receiver, groupsToJoin, joinable, onToggleJoin, canAddMembers }: Props) {
  const blockedGroups = groupChecks.filter((check) => check.status === 'blocked').length;
  return (
    <Stack spacing={2}>
      {result ? (
        <Typography role="status">
          {`${countOf(result.items.length, 'item')} checked: ${String(result.ready)} ready, ${String(result.warnings)} with warnings, ${String(result.blocked)} blocked.`}
        </Typography>
      ) : null}
      {result?.general.map((issue) => (
        <Alert key={issue.kind} severity={issue.severity === 'blocker' ? 'error' : 'warning'}>
          {issue.message}
        </Alert>
      ))}
      {joinable.length > 0 && !canAddMembers ? (
        <Alert severity="warning">
          <AlertTitle>Items shared to groups {receiver} is not in</AlertTitle>
          The portal moves such an item only to a member of every group it is shared with, and your role cannot add members to groups. Ask an administrator to
          add {receiver} to {joinable.map((group) => `“${group.title}” (${countOf(group.itemIds.length, 'item')})`).join(', ')}, then check the plan again;
          until then these items stay where they are.
        </Alert>
      ) : null}
      {joinable.length > 0 && canAddMembers ? (
        <Alert severity="warning">
          <AlertTitle>Items shared to groups {receiver} is not in</AlertTitle>
          The portal moves such an item only to a member of every group it is shared with. Add {receiver} to these groups first, or leave them unticked and the
          items stay where they are (they are reported).
          <FormGroup sx={{ mt: 1 }}>
            {joinable.map((group) => (
              <FormControlLabel
                key={group.id}
                control={
                  <Checkbox
                    checked={groupsToJoin.has(group.id)}
                    onChange={(event) => {
                      onToggleJoin(group.id, event.target.checked);
                    }}
                  />
                }
                label={`Add ${receiver} to “${group.title}” (${countOf(group.itemIds.length, 'item')})`}
              />
            ))}
          </FormGroup>
        </Alert>
      ) : null}
      {groupChecks.length > 0 ? (
        <Box>
          <Typography variant="h3" sx={{ fontSize: '1rem', mb: 1 }}>
            Groups ({groupChecks.length - blockedGroups} ready, {blockedGroups} blocked)
          </Typography>
          <Table size="small" aria-label="Group pre-flight">
            <TableHeader columns={['Group', 'Check', 'Notes']} />
            <TableBody>
              {groupChecks.map((check) => (
                <TableRow key={check.group.id}>
                  <TableCell>{check.group.title}</TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      label={check.status === 'ready' ? 'Ready' : 'Blocked'}
                      color={check.status === 'ready' ? 'success' : 'error'}
                      variant="outlined"
                    />
                  </TableCell>
                  <TableCell>{check.issues.join(' ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
      {result && result.items.length > 0 ? (
        <Box sx={{ maxHeight: 360, overflow: 'auto' }} tabIndex={0} role="region" aria-label="Items checked">
          <Table size="small" stickyHeader aria-label="Item pre-flight">
            <TableHeader columns={['Item', 'Type', 'To folder', 'Check', 'Notes']} />
            <TableBody>
              {result.items.map((check) => (
                <TableRow key={check.itemId}>
                  <TableCell>{check.title}</TableCell>
                  <TableCell>{check.type}</TableCell>
                  <TableCell>{folderLabel(check.targetFolder)}</TableCell>
                  <TableCell>
                    <Chip size="small" variant="outlined" label={statusChip[check.status].label} color={statusChip[check.status].color} />
                  </TableCell>
                  <TableCell>
                    {check.issues
                      .filter((issue) => !result.general.includes(issue))
                      .map((issue) => issue.message)
                      .join(' ')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
    </Stack>
  );
}
