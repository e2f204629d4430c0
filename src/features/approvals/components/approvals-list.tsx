import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';

import { TableHeader } from '@/components/table-header';
import { usePortalSession } from '@/hooks/use-session';
import { approvalQueries, type LoadedPlan } from '@/lib/arcgis/approval-queries';

import { formatWhen, rowsToAdd, statusLabels } from '../plan-labels';

const sections = [
  { key: 'waiting', title: 'Waiting for approval', states: ['pending', 'stale'] },
  { key: 'approved', title: 'Approved', states: ['approved'] },
  { key: 'rejected', title: 'Rejected', states: ['rejected'] },
] as const;

/** Import plans shared with the member (or theirs), by where they stand. */
export function ApprovalsList({ planHref }: { planHref: (planId: string) => string }) {
  const session = usePortalSession();
  const plans = useQuery(approvalQueries.plans(session));
  if (plans.isPending) return <Typography role="status">Reading the plans shared with you…</Typography>;
  if (plans.error) return <Alert severity="error">{plans.error.message}</Alert>;
  const unreadable = plans.data.filter((entry) => entry.status === null);
  return (
    <Stack spacing={4}>
      {sections.map((section) => {
        const rows = plans.data.filter((entry) => entry.status && (section.states as readonly string[]).includes(entry.status.state));
        return (
          <section key={section.key} aria-labelledby={`approvals-${section.key}`}>
            <Typography variant="h2" id={`approvals-${section.key}`} sx={{ mb: 1 }}>
              {section.title} ({rows.length})
            </Typography>
            {rows.length === 0 ? <Typography color="text.secondary">None.</Typography> : <PlanTable rows={rows} planHref={planHref} me={session.username} />}
          </section>
        );
      })}
      {unreadable.length > 0 ? (
        <Alert severity="warning">
          {unreadable.length === 1 ? 'One plan item' : `${String(unreadable.length)} plan items`} could not be read as a Roster plan:{' '}
          {unreadable.map((entry) => `${entry.item.title || entry.item.id} (${entry.problem ?? 'unknown'})`).join('; ')}
        </Alert>
      ) : null}
    </Stack>
  );
}

function PlanTable({ rows, planHref, me }: { rows: LoadedPlan[]; planHref: (planId: string) => string; me: string }) {
  return (
    <Table size="small" aria-label="Import plans">
      <TableHeader columns={['File', 'Prepared by', 'Prepared', { label: 'Members to add', align: 'right' }, 'Status']} />
      <TableBody>
        {rows.map(({ item, plan, status }) => (
          <TableRow key={item.id}>
            <TableCell>
              <Link component={RouterLink} to={planHref(item.id)}>
                {plan?.fileName ?? item.title}
              </Link>
            </TableCell>
            <TableCell>{item.owner === me ? `${item.owner} (you)` : item.owner}</TableCell>
            <TableCell>{plan ? formatWhen(plan.preparedAt) : 'not reported'}</TableCell>
            <TableCell align="right">{rowsToAdd(plan?.summary)?.toLocaleString() ?? 'not reported'}</TableCell>
            <TableCell>{status ? <Chip size="small" label={statusLabels[status.state]} /> : null}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
