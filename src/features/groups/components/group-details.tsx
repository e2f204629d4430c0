import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { joinPolicyOf } from '../group-draft';
import type { Group, GroupJoinPolicy } from '../types';
import { GroupAccessChip } from './group-access-chip';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const joinLabels: Record<GroupJoinPolicy, string> = {
  invitation: 'Only those invited by a group manager',
  request: 'Those who request to join (a manager approves)',
  auto: 'Anyone who asks, without approval',
};

/** Portal descriptions are HTML; shown as plain text, never rendered as markup. */
function plainText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent.trim();
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack component="div" spacing={0.25}>
      <Typography component="dt" variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0 }}>
        {children}
      </Typography>
    </Stack>
  );
}

/** `managers` is null when the caller may not see the member list. */
export function GroupDetails({ group, managers }: { group: Group; managers: string[] | null | undefined }) {
  const description = plainText(group.description);
  return (
    <Paper variant="outlined" sx={{ p: 2.5 }}>
      <Stack spacing={2}>
        {description ? <Typography sx={{ whiteSpace: 'pre-line' }}>{description}</Typography> : null}
        <Stack component="dl" direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap', m: 0 }}>
          <Fact label="Access">
            <GroupAccessChip access={group.access} />
          </Fact>
          <Fact label="Owner">{group.owner}</Fact>
          <Fact label="Managers">{managers === null ? '—' : managers ? managers.filter((name) => name !== group.owner).join(', ') || 'None' : '…'}</Fact>
          <Fact label="Who can join">{joinLabels[joinPolicyOf(group)]}</Fact>
          <Fact label="Who can contribute">{group.isViewOnly ? 'Only the owner and managers' : 'All group members'}</Fact>
          <Fact label="Created">{dateFormat.format(group.created)}</Fact>
          <Fact label="Modified">{dateFormat.format(group.modified)}</Fact>
          {group.protected ? <Fact label="Delete protection">On</Fact> : null}
        </Stack>
        {group.tags.length > 0 ? (
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} aria-label="Tags" role="list">
            {group.tags.map((tag) => (
              <Chip key={tag} label={tag} size="small" role="listitem" />
            ))}
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}
