import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';

import { TableHeader } from '@/components/table-header';
import { countOf } from '@/lib/text/plural';

import type { ExecuteTransferUpdate } from '../../api/execute-transfer';
import type { OffboardingFinish } from '../../api/finish-offboarding';
import { TransferReport } from '../../transfer/components/transfer-report';
import { explainRemaining, offboardingHeadline, ownsNothing } from '../offboarding-status';

/** Verification (re-read: what the member still owns, and why), the account's fate, and the transfer report. */
export function OffboardingResult({ username, update, finish }: { username: string; update: ExecuteTransferUpdate | null; finish: OffboardingFinish }) {
  const remaining = explainRemaining(finish.verified, update?.itemOutcomes ?? new Map(), update?.groupOutcomes ?? new Map());
  const isClean = ownsNothing(finish.verified);
  return (
    <Stack spacing={2}>
      <Alert severity={finish.account.isDone && isClean ? 'success' : 'warning'}>
        <AlertTitle>{offboardingHeadline(finish.verified, finish.account.isDone)}</AlertTitle>
        {finish.account.message}
      </Alert>
      <Alert severity={isClean ? 'success' : 'warning'} role="status">
        {isClean
          ? `Verified: ${username} owns no items and no groups.`
          : `Verified by reading again: ${username} still owns ${countOf(finish.verified.items.length, 'item')} and ${countOf(finish.verified.ownedGroups.length, 'group')}. Fix the reasons below and run the wizard again: it picks up only what remains.`}
      </Alert>
      {remaining.length > 0 ? (
        <Table size="small" aria-label="What remains">
          <TableHeader columns={['What remains', 'Kind', 'Why']} />
          <TableBody>
            {remaining.slice(0, 200).map((entry) => (
              <TableRow key={`${entry.kind}-${entry.id}`}>
                <TableCell>{entry.title}</TableCell>
                <TableCell>{entry.kind}</TableCell>
                <TableCell>{entry.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      {update ? <TransferReport update={update} fileName={`offboarding-${username}.csv`} /> : null}
    </Stack>
  );
}
