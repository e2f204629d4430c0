import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';

import { TableHeader } from '@/components/table-header';
import { downloadTextFile } from '@/lib/download-text-file';
import { countOf } from '@/lib/text/plural';

import type { ExecuteTransferUpdate } from '../../api/execute-transfer';
import { transferReportToCsv } from '../transfer-report-csv';
import { folderLabel } from './preflight-review';

const itemChip = { moved: ['Moved', 'success'], failed: ['Failed', 'error'], 'not-moved': ['Not moved', 'warning'] } as const;
const groupChip = { transferred: ['Transferred', 'success'], failed: ['Failed', 'error'], 'not-transferred': ['Not transferred', 'warning'] } as const;

/** Per-item and per-group results, with the portal's reasons, downloadable as CSV. */
export function TransferReport({ update, fileName }: { update: ExecuteTransferUpdate; fileName: string }) {
  const items = [...update.itemOutcomes.values()];
  const groups = [...update.groupOutcomes.values()];
  const moved = items.filter((outcome) => outcome.status === 'moved').length;
  const transferred = groups.filter((outcome) => outcome.status === 'transferred').length;
  const isClean = moved === items.length && transferred === groups.length && update.joinProblems.length === 0;
  return (
    <Stack spacing={2}>
      <Alert severity={isClean ? 'success' : 'warning'} role="status">
        {items.length > 0 ? `${String(moved)} of ${countOf(items.length, 'item')} moved. ` : ''}
        {groups.length > 0 ? `${String(transferred)} of ${countOf(groups.length, 'group')} transferred. ` : ''}
        {isClean ? '' : 'What did not move is listed with the reason.'}
      </Alert>
      {update.joinProblems.length > 0 ? <Alert severity="error">Could not add the receiver to: {update.joinProblems.join(' ')}</Alert> : null}
      <Stack direction="row">
        <Button
          variant="outlined"
          onClick={() => {
            downloadTextFile(fileName, transferReportToCsv(items, groups));
          }}
        >
          Download report (CSV)
        </Button>
      </Stack>
      <Box sx={{ maxHeight: 380, overflow: 'auto' }} tabIndex={0} role="region" aria-label="Transfer report">
        <Table size="small" stickyHeader aria-label="Results">
          <TableHeader columns={['Title', 'Type', 'To folder', 'Result', 'Reason']} />
          <TableBody>
            {groups.map((outcome) => (
              <TableRow key={outcome.groupId}>
                <TableCell>{outcome.title}</TableCell>
                <TableCell>Group</TableCell>
                <TableCell />
                <TableCell>
                  <Chip size="small" variant="outlined" label={groupChip[outcome.status][0]} color={groupChip[outcome.status][1]} />
                </TableCell>
                <TableCell>{outcome.reason}</TableCell>
              </TableRow>
            ))}
            {items.map((outcome) => (
              <TableRow key={outcome.itemId}>
                <TableCell>{outcome.title}</TableCell>
                <TableCell>{outcome.type}</TableCell>
                <TableCell>{folderLabel(outcome.targetFolder)}</TableCell>
                <TableCell>
                  <Chip size="small" variant="outlined" label={itemChip[outcome.status][0]} color={itemChip[outcome.status][1]} />
                </TableCell>
                <TableCell>{outcome.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {items.length === 0 && groups.length === 0 ? <Typography>Nothing was sent.</Typography> : null}
    </Stack>
  );
}
