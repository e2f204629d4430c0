import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { usePortalSession } from '@/hooks/use-session';

import { contentQueries } from '../api/content-queries';

const plural = (count: number, one: string, many: string) => `${count.toLocaleString()} ${count === 1 ? one : many}`;

/**
 * A member's content at a glance (items, folders, groups owned) with the ways on: the content browser and the
 * offboarding wizard. Self-contained, for the member page. Refreshes after any transfer involving the member.
 */
export function MemberContentSummary({ username }: { username: string }) {
  const session = usePortalSession();
  const summary = useQuery(contentQueries.summary(session, username));
  return (
    <Paper variant="outlined" component="section" aria-labelledby="member-content-heading" sx={{ p: 2 }}>
      <Typography id="member-content-heading" variant="h2" sx={{ fontSize: '1.1rem', mb: 1 }}>
        Content and groups
      </Typography>
      {summary.isError ? (
        <ErrorAlert title="The member’s content could not be read" message={summary.error.message} onRetry={() => void summary.refetch()} />
      ) : (
        <Stack spacing={1.5}>
          <Typography variant="body2" role="status">
            {summary.isPending
              ? 'Counting items and groups…'
              : `${plural(summary.data.itemCount, 'item', 'items')} in the root folder and ${plural(summary.data.folderCount, 'folder', 'folders')}; owns ${plural(summary.data.ownedGroups.length, 'group', 'groups')}${summary.data.ownedGroups.length > 0 ? ` (${summary.data.ownedGroups.map((group) => group.title).join(', ')})` : ''}.`}
          </Typography>
          <Stack direction="row" spacing={1}>
            <Button variant="outlined" size="small" component={RouterLink} to={paths.content.href(username)}>
              Browse and transfer content
            </Button>
            <Button variant="outlined" size="small" component={RouterLink} to={paths.memberOffboard.href(username)}>
              Offboard
            </Button>
          </Stack>
        </Stack>
      )}
    </Paper>
  );
}
