import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import { usePortalSession } from '@/hooks/use-session';
import { countOf } from '@/lib/text/plural';

import { contentQueries } from '../../api/content-queries';
import type { GroupSummary } from '../../types';

type Props = { owner: string; onTransfer: (groups: GroupSummary[]) => void };

/** The groups a member owns, with member counts; some or all can be handed to someone else. */
export function OwnedGroupsPanel({ owner, onTransfer }: Props) {
  const session = usePortalSession();
  const groups = useQuery(contentQueries.ownedGroups(session, owner));
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const owned = groups.data ?? [];
  const chosen = owned.filter((group) => selected.has(group.id));

  return (
    <Paper variant="outlined" component="section" aria-labelledby="owned-groups-heading" sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography id="owned-groups-heading" variant="h2" sx={{ flexGrow: 1, fontSize: '1.1rem' }}>
          Groups {owner} owns
        </Typography>
        <Button
          variant="outlined"
          size="small"
          disabled={chosen.length === 0}
          onClick={() => {
            onTransfer(chosen);
          }}
        >
          Transfer ownership…
        </Button>
      </Stack>
      {groups.isError ? (
        <ErrorAlert title="The groups could not be loaded" message={groups.error.message} onRetry={() => void groups.refetch()} />
      ) : groups.isPending ? (
        <Typography variant="body2" color="text.secondary">
          Loading groups…
        </Typography>
      ) : owned.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {owner} owns no groups.
        </Typography>
      ) : (
        <List dense disablePadding aria-label={`Groups ${owner} owns`}>
          {owned.map((group) => {
            const labelId = `owned-group-${group.id}`;
            return (
              <ListItem key={group.id} disableGutters>
                <ListItemIcon sx={{ minWidth: 36 }}>
                  <Checkbox
                    edge="start"
                    size="small"
                    checked={selected.has(group.id)}
                    slotProps={{ input: { 'aria-labelledby': labelId } }}
                    onChange={(event) => {
                      const next = new Set(selected);
                      if (event.target.checked) next.add(group.id);
                      else next.delete(group.id);
                      setSelected(next);
                    }}
                  />
                </ListItemIcon>
                <ListItemText
                  id={labelId}
                  primary={group.title}
                  secondary={`${group.memberCount === null ? '? members' : countOf(group.memberCount, 'member')} · ${group.access}`}
                />
              </ListItem>
            );
          })}
        </List>
      )}
    </Paper>
  );
}
