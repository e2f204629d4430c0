import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';

import { usePortalSession } from '@/hooks/use-session';
import { approvalRefusal, decisionRefusal } from '@/lib/approvals/plan-status';
import { approvalQueries } from '@/lib/arcgis/approval-queries';
import { countOf } from '@/lib/text/plural';

import { formatWhen, rowsToAdd, statusLabels } from '../plan-labels';
import { RejectPlanDialog } from './reject-plan-dialog';

type Props = { planId: string; importHref: (planId: string, as: 'approve' | 'resubmit') => string };

/** One plan: what it will do, who prepared it, the decisions so far, and what the signed-in member may do with it. */
export function PlanView({ planId, importHref }: Props) {
  const session = usePortalSession();
  const loaded = useQuery(approvalQueries.plan(session, planId));
  const [isRejecting, setIsRejecting] = useState(false);
  if (loaded.isPending) return <Typography role="status">Reading the plan…</Typography>;
  if (loaded.error) return <Alert severity="error">{loaded.error.message}</Alert>;
  const { item, plan, problem, decisions, status, groups } = loaded.data;
  if (!plan || !status) return <Alert severity="error">{problem ?? 'This item is not a Roster import plan.'}</Alert>;
  const refusal = approvalRefusal(item, session.username);
  const toAdd = rowsToAdd(plan.summary);
  const fixedLines = Object.keys(plan.fixes).length;
  const facts: [string, string][] = [
    ['File', plan.fileName],
    ['File SHA-256', plan.fileSha256],
    ['Rows in the file', plan.rowCount.toLocaleString()],
    ['Members to add (when prepared)', toAdd === null ? 'not reported' : toAdd.toLocaleString()],
    ['Rows fixed in the review', fixedLines.toLocaleString()],
    ['Rows excluded', plan.exclusions.length ? `${String(plan.exclusions.length)} (lines ${plan.exclusions.join(', ')})` : 'none'],
    ['Prepared by', `${item.owner}${item.owner === session.username ? ' (you)' : ''}`],
    ['Prepared', formatWhen(plan.preparedAt)],
    ['Shared with', groups.length ? groups.map((group) => group.title).join(', ') : 'no group you can see'],
  ];
  return (
    <Stack spacing={3} sx={{ maxWidth: 960 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Chip label={statusLabels[status.state]} color={status.state === 'approved' ? 'success' : status.state === 'rejected' ? 'error' : 'default'} />
        {refusal ? null : (
          <>
            <Button variant="contained" component={RouterLink} to={importHref(planId, 'approve')}>
              {toAdd === null ? 'Approve and add members…' : `Approve and add ${countOf(toAdd, 'member')}…`}
            </Button>
            <Button
              variant="outlined"
              color="error"
              onClick={() => {
                setIsRejecting(true);
              }}
            >
              Reject…
            </Button>
          </>
        )}
        {refusal && status.state !== 'approved' ? (
          <Button variant="outlined" component={RouterLink} to={importHref(planId, 'resubmit')}>
            Fix and resubmit…
          </Button>
        ) : null}
      </Stack>
      {refusal ? (
        <Alert severity="info">{refusal}</Alert>
      ) : (
        <Alert severity="info">
          Approving asks for the same file ({plan.fileName}); its rows are checked against the organization as it is now and shown to you before anything is
          sent.
        </Alert>
      )}
      {plan.comment ? (
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography variant="h2" sx={{ mb: 1 }}>
            Comment from {item.owner}
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{plan.comment}</Typography>
        </Paper>
      ) : null}
      <section aria-labelledby="plan-facts">
        <Typography variant="h2" id="plan-facts" sx={{ mb: 1 }}>
          What the plan holds
        </Typography>
        <Table size="small" aria-labelledby="plan-facts">
          <TableBody>
            {facts.map(([label, value]) => (
              <TableRow key={label}>
                <TableCell component="th" scope="row" sx={{ width: 280 }}>
                  {label}
                </TableCell>
                <TableCell sx={{ wordBreak: 'break-all' }}>{value}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          Passwords are never part of a plan: they are read from the file when the import runs.
        </Typography>
      </section>
      {fixedLines > 0 ? (
        <section aria-labelledby="plan-fixes">
          <Typography variant="h2" id="plan-fixes" sx={{ mb: 1 }}>
            Fixes made in the review
          </Typography>
          <Table size="small" aria-labelledby="plan-fixes">
            <TableBody>
              {Object.entries(plan.fixes).map(([line, values]) => (
                <TableRow key={line}>
                  <TableCell component="th" scope="row" sx={{ width: 120 }}>
                    Line {line}
                  </TableCell>
                  <TableCell>
                    {Object.entries(values)
                      .map(([field, value]) => `${field}: ${value || '(emptied)'}`)
                      .join('; ')}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      ) : null}
      <section aria-labelledby="plan-decisions">
        <Typography variant="h2" id="plan-decisions" sx={{ mb: 1 }}>
          Decisions
        </Typography>
        {decisions.length === 0 ? (
          <Typography color="text.secondary">None yet.</Typography>
        ) : (
          <Stack spacing={1}>
            {decisions.map((decision) => {
              const notCounted = decisionRefusal({ id: item.id, owner: item.owner, planSha256: plan.planSha256 }, decision);
              return (
                <Paper key={decision.itemId} variant="outlined" sx={{ p: 1.5 }}>
                  <Typography>
                    <strong>{decision.decision === 'approved' ? 'Approved' : 'Rejected'}</strong> by {decision.owner}, {formatWhen(decision.decidedAt)}
                    {notCounted ? ` — not counted: ${notCounted}` : ''}
                  </Typography>
                  {decision.comment ? <Typography sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>{decision.comment}</Typography> : null}
                </Paper>
              );
            })}
          </Stack>
        )}
      </section>
      {isRejecting ? (
        <RejectPlanDialog
          planId={planId}
          owner={item.owner}
          planSha256={plan.planSha256}
          groupIds={groups.map((group) => group.id)}
          onClose={() => {
            setIsRejecting(false);
          }}
        />
      ) : null}
    </Stack>
  );
}
