import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import { TableHeader } from '@/components/table-header';
import { usePortalSession } from '@/hooks/use-session';
import { AppError } from '@/lib/arcgis/arcgis-error';

import { activityQueries, type HistoryFilter } from '../api/history-api';
import { describeDetails } from '../event-details';
import { type ActivityEvent, describeEvent, historyDateRange, isoDay } from '../history-events';

const DAY = 24 * 60 * 60 * 1000;
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const NOT_KEPT = 'This portal does not keep an activity history Roster can read (the organization history is an ArcGIS Online resource).';

type Props = {
  username: string;
  isEnterprise: boolean;
  /** The organization's roles by key and id, to name a role change (undefined while they are read). */
  roleNames?: ReadonlyMap<string, string> | undefined;
};

/** The member page's "Activity": what the member did, and what administrators did to the member (ArcGIS Online). */
export function MemberActivitySection({ username, isEnterprise, roleNames }: Props) {
  const [tab, setTab] = useState<'by' | 'on'>('by');
  const [from, setFrom] = useState(() => isoDay(Date.now() - 90 * DAY));
  const [to, setTo] = useState('');
  return (
    <Paper component="section" variant="outlined" aria-labelledby="section-activity" sx={{ p: 2.5 }}>
      <Typography id="section-activity" variant="h2" sx={{ fontSize: '1.1rem', fontWeight: 600, mb: 1.5 }}>
        Activity
      </Typography>
      {isEnterprise ? (
        <Alert severity="info">{NOT_KEPT}</Alert>
      ) : (
        <>
          <Stack direction="row" spacing={2} sx={{ mb: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
            <TextField
              type="date"
              size="small"
              label="From"
              value={from}
              onChange={(event) => setFrom(event.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              type="date"
              size="small"
              label="To"
              value={to}
              onChange={(event) => setTo(event.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          </Stack>
          <Tabs value={tab} onChange={(_event, value: 'by' | 'on') => setTab(value)} aria-label="Whose activity">
            <Tab value="by" label="What the member did" id="activity-tab-by" aria-controls="activity-panel" />
            <Tab value="on" label="Changes by administrators" id="activity-tab-on" aria-controls="activity-panel" />
          </Tabs>
          <div role="tabpanel" id="activity-panel" aria-labelledby={`activity-tab-${tab}`}>
            <ActivityList key={tab} filter={{ kind: tab, username, ...historyDateRange(from, to) }} roleNames={roleNames} />
          </div>
        </>
      )}
    </Paper>
  );
}

function ActivityList({ filter, roleNames }: { filter: HistoryFilter; roleNames: ReadonlyMap<string, string> | undefined }) {
  const session = usePortalSession();
  const history = useInfiniteQuery(activityQueries.history(session, filter));
  if (history.isPending) return <Skeleton variant="rounded" height={120} sx={{ mt: 1 }} />;
  if (history.isError) {
    const error = history.error instanceof AppError ? history.error : null;
    if (error?.kind === 'permission') {
      return (
        <Alert severity="info" sx={{ mt: 1 }}>
          The portal lets only its administrators read the organization’s activity history.
        </Alert>
      );
    }
    if (error && /invalid url/i.test(error.message))
      return (
        <Alert severity="info" sx={{ mt: 1 }}>
          {NOT_KEPT}
        </Alert>
      );
    return <ErrorAlert title="Could not read the activity history" message={history.error.message} onRetry={() => void history.refetch()} />;
  }
  // Sign-ins are events on the member by the member: "changes by administrators" leaves out the member's own.
  const events = history.data.pages
    .flatMap((page) => page.events)
    .filter((event) => filter.kind === 'by' || event.actor.toLowerCase() !== filter.username.toLowerCase());
  return (
    <>
      {events.length === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 1.5 }}>
          {filter.kind === 'by'
            ? 'The portal reports no activity by this member in these dates.'
            : 'The portal reports no changes to this member by others in these dates.'}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto', mt: 1 }}>
          <Table size="small" aria-label={filter.kind === 'by' ? 'What the member did' : 'Changes by administrators'}>
            <TableHeader columns={['When', 'What', 'By', 'Details']} />
            <TableBody>
              {events.map((event) => (
                <EventRow key={event.key} event={event} roleNames={roleNames} />
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {history.hasNextPage && (
        <Button sx={{ mt: 1 }} onClick={() => void history.fetchNextPage()} disabled={history.isFetchingNextPage}>
          {history.isFetchingNextPage ? 'Loading…' : 'Show older'}
        </Button>
      )}
    </>
  );
}

function EventRow({ event, roleNames }: { event: ActivityEvent; roleNames: ReadonlyMap<string, string> | undefined }) {
  const details = [...describeDetails(event.details, roleNames), ...(event.ip ? [`from ${event.ip}`] : [])];
  return (
    <TableRow>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{event.time === null ? 'not reported' : dateFormat.format(event.time)}</TableCell>
      <TableCell>{describeEvent(event)}</TableCell>
      <TableCell>{event.actorFullName ? `${event.actorFullName} (${event.actor})` : event.actor || 'not reported'}</TableCell>
      <TableCell sx={{ minWidth: 160 }}>{details.join(' · ')}</TableCell>
    </TableRow>
  );
}
