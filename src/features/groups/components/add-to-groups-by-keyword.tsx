import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { TextInput } from '@/components/text-input';
import { usePortalSession } from '@/hooks/use-session';
import { countOf, noun } from '@/lib/text/plural';

import { groupQueries, KEYWORD_GROUP_LIMIT } from '../api/group-queries';
import { buildGroupSearchQuery } from '../group-search-query';
import { planUserBatches } from '../plan-user-batches';
import { useAddMembersRun } from '../use-add-members-run';
import { useMembersDraft } from '../use-members-draft';
import { AddMembersProgressView } from './add-members-progress';
import { GroupAccessChip } from './group-access-chip';
import { MembersInput } from './members-input';
import { MembershipReportView } from './membership-report-view';

/**
 * The portal's "add members to groups by keyword" script as a preview: find the groups, choose them, enter
 * the members, check, then one report per group.
 */
export function AddToGroupsByKeyword() {
  const session = usePortalSession();
  const [keyword, setKeyword] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [keywordError, setKeywordError] = useState<string | null>(null);
  const matching = useQuery({ ...groupQueries.matching(session, query ?? ''), enabled: query !== null });
  const draft = useMembersDraft();
  const run = useAddMembersRun();

  const groups = matching.data?.groups ?? [];
  const chosen = groups.filter((group) => !excluded.has(group.id));
  const resolution = draft.resolution;
  const calls = resolution ? chosen.length * planUserBatches(resolution.usernames).length : 0;

  if (run.state.status === 'running') {
    return <AddMembersProgressView progress={run.state.progress} cancelling={run.state.cancelling} onCancel={run.cancel} connection={run.connection} />;
  }
  if (run.state.status === 'done') {
    return (
      <Stack spacing={2}>
        {run.state.cancelled ? <Alert severity="warning">Cancelled: calls not yet sent were not sent.</Alert> : null}
        <Typography variant="h2">Result for {countOf(run.state.reports.length, 'group')}</Typography>
        <MembershipReportView reports={run.state.reports} fileName="add-members-by-keyword.csv" />
        <Stack direction="row">
          <Button onClick={run.reset}>Start over</Button>
        </Stack>
      </Stack>
    );
  }

  return (
    <Stack spacing={3}>
      <Paper variant="outlined" sx={{ p: 2.5 }} component="section" aria-labelledby="keyword-groups-heading">
        <Typography variant="h2" id="keyword-groups-heading" sx={{ mb: 2 }}>
          1. Groups
        </Typography>
        <Stack
          component="form"
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1.5}
          sx={{ alignItems: { sm: 'flex-start' } }}
          onSubmit={(event) => {
            event.preventDefault();
            if (!keyword.trim()) {
              setKeywordError('Keyword is required: the groups whose title, summary, description, tags or owner match it are listed.');
              return;
            }
            setKeywordError(null);
            setExcluded(new Set());
            setQuery(buildGroupSearchQuery(keyword));
          }}
        >
          <TextInput
            label="Keyword"
            size="small"
            value={keyword}
            onValueChange={setKeyword}
            error={Boolean(keywordError)}
            helperText={keywordError ?? 'Matches the start of words in title, summary, description, tags or owner.'}
            sx={{ width: { xs: '100%', sm: 360 } }}
          />
          <Button type="submit" variant="outlined">
            Find groups
          </Button>
        </Stack>
        {matching.isError ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            The groups could not be searched: {matching.error.message}
          </Alert>
        ) : null}
        {matching.isFetching ? <Typography sx={{ mt: 2 }}>Searching…</Typography> : null}
        {matching.data && !matching.isFetching ? (
          <Stack spacing={1} sx={{ mt: 2 }}>
            <Typography role="status">
              {countOf(matching.data.total, 'group')} {noun(matching.data.total, 'matches', 'match')}; {chosen.length.toLocaleString()} chosen.
              {matching.data.total > KEYWORD_GROUP_LIMIT ? ` Only the first ${String(KEYWORD_GROUP_LIMIT)} are listed; narrow the keyword.` : ''}
            </Typography>
            {groups.length > 0 ? (
              <>
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={chosen.length === groups.length}
                      indeterminate={chosen.length > 0 && chosen.length < groups.length}
                      onChange={(event) => {
                        setExcluded(event.target.checked ? new Set() : new Set(groups.map((group) => group.id)));
                      }}
                    />
                  }
                  label="All matching groups"
                  sx={{ ml: 0 }}
                />
                <List dense aria-label="Matching groups" sx={{ maxHeight: 320, overflow: 'auto', pl: 3 }}>
                  {groups.map((group) => (
                    <ListItem key={group.id} disablePadding>
                      <FormControlLabel
                        control={
                          <Checkbox
                            checked={!excluded.has(group.id)}
                            onChange={(event) => {
                              const next = new Set(excluded);
                              if (event.target.checked) next.delete(group.id);
                              else next.add(group.id);
                              setExcluded(next);
                            }}
                          />
                        }
                        label={
                          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                            <span>{group.title}</span>
                            <GroupAccessChip access={group.access} />
                            <Typography variant="caption" color="text.secondary">
                              owner {group.owner}
                            </Typography>
                          </Stack>
                        }
                      />
                    </ListItem>
                  ))}
                </List>
              </>
            ) : null}
          </Stack>
        ) : null}
      </Paper>

      <Paper variant="outlined" sx={{ p: 2.5 }} component="section" aria-labelledby="keyword-members-heading">
        <Typography variant="h2" id="keyword-members-heading" sx={{ mb: 2 }}>
          2. Members to add
        </Typography>
        <MembersInput draft={draft} />
      </Paper>

      <Paper variant="outlined" sx={{ p: 2.5 }} component="section" aria-labelledby="keyword-run-heading">
        <Typography variant="h2" id="keyword-run-heading" sx={{ mb: 2 }}>
          3. Preview and add
        </Typography>
        {resolution && resolution.usernames.length > 0 && chosen.length > 0 ? (
          <Stack spacing={2}>
            <Alert severity="info">
              {countOf(resolution.usernames.length, 'member')} will be added to {countOf(chosen.length, 'group')} in up to {countOf(calls, 'call')} of at most
              25; members already in a group are skipped. Each group gets its own report.
            </Alert>
            <Stack direction="row">
              <Button
                variant="contained"
                onClick={() => {
                  void run.start({
                    groups: chosen.map((group) => ({ id: group.id, title: group.title })),
                    usernames: resolution.usernames,
                    unknown: resolution.unknown,
                    asManagers: false,
                  });
                }}
              >
                Add to {countOf(chosen.length, 'group')}
              </Button>
            </Stack>
          </Stack>
        ) : (
          <Typography color="text.secondary">Find and choose groups, then enter members and check their usernames to see what will be done.</Typography>
        )}
      </Paper>
    </Stack>
  );
}
