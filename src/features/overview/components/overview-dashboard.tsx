import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { usePortalSession } from '@/hooks/use-session';
import { searchTotalLabel } from '@/lib/arcgis/search-ceiling';

import { overviewQueries } from '../api/overview-queries';
import { membersHref } from '../members-href';
import { seatUseByFullness } from '../seats';
import { CreditTotal } from './credit-total';

const MembersByRoleChart = lazy(() => import('./overview-charts').then((module) => ({ default: module.MembersByRoleChart })));
const SeatsChart = lazy(() => import('./overview-charts').then((module) => ({ default: module.SeatsChart })));
const RecencyChart = lazy(() => import('./overview-charts').then((module) => ({ default: module.RecencyChart })));

const number = (value: number) => value.toLocaleString('en-US');

/** The organization at a glance; every number opens the members table filtered to the members it counts. */
export function OverviewDashboard({ orgId }: { orgId: string }) {
  const session = usePortalSession();
  const counts = useQuery(overviewQueries.counts(session, orgId));
  const roles = useQuery(overviewQueries.membersByRole(session));
  const seats = useQuery(overviewQueries.userTypeSeats(session));
  const recency = useQuery(overviewQueries.loginRecency(session));
  const newest = useQuery(overviewQueries.newestMembers(session));

  return (
    <Stack spacing={2.5}>
      <Box
        component="ul"
        aria-label="Organization totals"
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(5, 1fr)' }, p: 0, m: 0, listStyle: 'none' }}
      >
        <Total label="Members" value={counts.data?.members} href={membersHref({})} isPending={counts.isPending} />
        <Total label="Disabled members" value={counts.data?.disabled} href={membersHref({ status: 'disabled' })} isPending={counts.isPending} />
        <Total label="Groups" value={counts.data?.groups} searchTotal href={paths.groups.href()} isPending={counts.isPending} />
        <Total label="Pending invitations" value={counts.data?.pendingInvitations} href={paths.memberInvitations.href()} isPending={counts.isPending} />
        <CreditTotal />
      </Box>
      {counts.isError ? <ErrorAlert title="Totals could not be loaded" message={counts.error.message} onRetry={() => void counts.refetch()} /> : null}

      <Box sx={{ display: 'grid', gap: 2.5, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
        <Panel id="by-role" title="Members by role" query={roles}>
          {(data) => (
            <ChartWithLinks
              chart={<MembersByRoleChart roles={data} />}
              labelledBy="by-role"
              items={data.map((role) => ({ key: role.key, label: role.name, value: number(role.count), href: membersHref({ role: role.key }) }))}
            />
          )}
        </Panel>

        <Panel id="seats" title="User types and seats" query={seats}>
          {(data) => (
            <ChartWithLinks
              chart={<SeatsChart types={data} />}
              labelledBy="seats"
              items={seatUseByFullness(data).map((type) => ({
                key: type.id,
                label: type.name,
                value: type.assigned === null ? 'assigned: not reported' : `${number(type.assigned)} assigned`,
                detail: type.summary,
                isWarning: type.isFull,
                href: membersHref({ type: type.id }),
              }))}
            />
          )}
        </Panel>

        <Panel id="recency" title="Last sign-in" query={recency}>
          {(data) => (
            <>
              {data === null ? (
                <Alert severity="info">This portal&apos;s member search does not report last sign-in times, so members cannot be counted by them.</Alert>
              ) : (
                <>
                  <ChartWithLinks
                    chart={<RecencyChart buckets={data} />}
                    labelledBy="recency"
                    items={data.map((bucket) => ({ key: bucket.key, label: bucket.label, value: number(bucket.count), href: bucket.href }))}
                  />
                </>
              )}
              <Link component={RouterLink} to={paths.membersInactive.href()} sx={{ display: 'inline-block', mt: 1 }}>
                Review inactive members, with what they own
              </Link>
            </>
          )}
        </Panel>

        <Panel id="newest" title="Newest members" query={newest}>
          {(data) => (
            <>
              <LinkList
                labelledBy="newest"
                items={data.map((member) => ({
                  key: member.username,
                  label: member.fullName || member.username,
                  value: new Date(member.created).toLocaleDateString(),
                  detail: member.username,
                  href: paths.member.href(member.username),
                }))}
              />
              <Link component={RouterLink} to="/members?sort=created&order=desc" sx={{ display: 'inline-block', mt: 1 }}>
                All members, newest first
              </Link>
            </>
          )}
        </Panel>
      </Box>
    </Stack>
  );
}

type TotalProps = {
  label: string;
  /** `null`: the portal did not report it. */
  value: number | null | undefined;
  /** A search total, which the portal counts only up to 10,000 ("10,000+"). */
  searchTotal?: boolean;
  href?: string;
  isPending: boolean;
};

function Total({ label, value, searchTotal = false, href: link, isPending }: TotalProps) {
  const href = value === null ? undefined : link;
  const content = (
    <>
      <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
        {label}
      </Typography>
      <Typography variant="h2" component="span" sx={{ display: 'block', fontSize: value === null ? 16 : 28, py: value === null ? 1 : 0 }}>
        {isPending || value === undefined ? <Skeleton width={80} /> : value === null ? 'Not reported by the portal' : searchTotalLabel(value, !searchTotal)}
      </Typography>
    </>
  );
  return (
    <Paper component="li" variant="outlined" sx={{ p: 2 }}>
      {href ? (
        <Link component={RouterLink} to={href} underline="hover" color="inherit" sx={{ display: 'block' }}>
          {content}
        </Link>
      ) : (
        content
      )}
    </Paper>
  );
}

function Panel<T>({ id, title, query, children }: { id: string; title: string; query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  return (
    <Paper component="section" variant="outlined" aria-labelledby={`panel-${id}`} sx={{ p: 2.5, minWidth: 0 }}>
      <Typography variant="h2" id={`panel-${id}`} sx={{ mb: 1 }}>
        {title}
      </Typography>
      {query.isPending ? <Skeleton variant="rounded" height={220} /> : null}
      {query.isError ? <ErrorAlert title={`${title} could not be loaded`} message={query.error.message} onRetry={() => void query.refetch()} /> : null}
      {query.isSuccess ? children(query.data) : null}
    </Paper>
  );
}

/** A panel's chart (loaded when first shown), then the same figures as links to the members they count. */
function ChartWithLinks({ chart, labelledBy, items }: { chart: ReactNode; labelledBy: string; items: LinkItem[] }) {
  return (
    <>
      <Suspense fallback={<Skeleton variant="rounded" height={200} />}>{chart}</Suspense>
      <LinkList labelledBy={labelledBy} items={items} />
    </>
  );
}

type LinkItem = { key: string; label: string; value: string; detail?: string; isWarning?: boolean; href: string };

function LinkList({ labelledBy, items }: { labelledBy: string; items: LinkItem[] }) {
  return (
    <Box component="ul" aria-labelledby={`panel-${labelledBy}`} sx={{ p: 0, m: 0, mt: 1, listStyle: 'none' }}>
      {items.map((item) => (
        <Box component="li" key={item.key} sx={{ borderTop: 1, borderColor: 'divider' }}>
          <Link component={RouterLink} to={item.href} underline="hover" sx={{ display: 'flex', justifyContent: 'space-between', gap: 2, py: 0.75, px: 0.5 }}>
            <span>
              {item.label}
              {item.detail ? (
                <Typography component="span" variant="body2" color={item.isWarning ? 'error' : 'text.secondary'} sx={{ display: 'block' }}>
                  {item.detail}
                </Typography>
              ) : null}
            </span>
            <Typography component="span" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
              {item.value}
            </Typography>
          </Link>
        </Box>
      ))}
    </Box>
  );
}
