import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { usePortalSession } from '@/hooks/use-session';
import { countOf } from '@/lib/text/plural';

import { enterpriseQueries } from '../../api/enterprise-queries';
import type { EnterpriseAccount } from '../enterprise-review';

type Props = {
  picked: readonly EnterpriseAccount[];
  onPick: (accounts: readonly EnterpriseAccount[], source: string) => void;
};

/** Step 1: find accounts in the identity store, one at a time by name, or all accounts of an enterprise group. */
export function EnterpriseFinder({ picked, onPick }: Props) {
  const [tab, setTab] = useState<'people' | 'group'>('people');
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Tabs value={tab} onChange={(_, value: 'people' | 'group') => setTab(value)} aria-label="How to find accounts">
        <Tab value="people" label="Search people" />
        <Tab value="group" label="From an enterprise group" />
      </Tabs>
      <Stack spacing={2} sx={{ pt: 2 }}>
        {tab === 'people' ? <PeopleSearch picked={picked} onPick={onPick} /> : <GroupSearch onPick={onPick} />}
      </Stack>
    </Paper>
  );
}

function PeopleSearch({ picked, onPick }: Props) {
  const session = usePortalSession();
  const [text, setText] = useState('');
  const filter = useDebouncedValue(text.trim(), 300);
  const users = useQuery({ ...enterpriseQueries.users(session, filter), enabled: filter.length >= 2 });
  const pickedLogins = new Set(picked.map((account) => account.username.toLowerCase()));
  const toggle = (account: EnterpriseAccount) => {
    const login = account.username.toLowerCase();
    onPick(pickedLogins.has(login) ? picked.filter((a) => a.username.toLowerCase() !== login) : [...picked, account], 'search');
  };
  return (
    <>
      <TextField
        label="Search the identity store"
        helperText="Part of a name, login or e-mail address (at least 2 characters)"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {users.isError ? (
        <ErrorAlert title="The identity store could not be searched" message={users.error.message} onRetry={() => void users.refetch()} />
      ) : null}
      {users.data ? (
        <>
          <Typography role="status" variant="body2" color="text.secondary">
            {users.data.accounts.length === 0
              ? `No account in the identity store matches “${filter}”.`
              : `${countOf(users.data.accounts.length, 'account')} found${users.data.hasMore ? ' (the first ones; type more to narrow)' : ''}.`}
          </Typography>
          <List dense aria-label="Accounts found" sx={{ maxHeight: 360, overflow: 'auto' }}>
            {users.data.accounts.map((account) => {
              const id = `enterprise-account-${account.username}`;
              return (
                <ListItem key={account.username} disablePadding>
                  <ListItemButton onClick={() => toggle(account)} dense>
                    <ListItemIcon>
                      <Checkbox
                        edge="start"
                        checked={pickedLogins.has(account.username.toLowerCase())}
                        tabIndex={-1}
                        disableRipple
                        slotProps={{ input: { 'aria-labelledby': id } }}
                      />
                    </ListItemIcon>
                    <ListItemText
                      id={id}
                      primary={`${account.fullname || account.username} (${account.username})`}
                      secondary={account.email || 'No e-mail address'}
                    />
                  </ListItemButton>
                </ListItem>
              );
            })}
          </List>
        </>
      ) : null}
    </>
  );
}

function GroupSearch({ onPick }: Pick<Props, 'onPick'>) {
  const session = usePortalSession();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const filter = useDebouncedValue(text.trim(), 300);
  const groups = useQuery(enterpriseQueries.groups(session, filter));
  const members = useQuery({ ...enterpriseQueries.groupUsers(session, chosen ?? ''), enabled: chosen !== null });
  return (
    <>
      <TextField label="Search enterprise groups" value={text} onChange={(event) => setText(event.target.value)} />
      {groups.isError ? (
        <ErrorAlert title="Enterprise groups could not be searched" message={groups.error.message} onRetry={() => void groups.refetch()} />
      ) : null}
      {groups.data ? (
        <List dense aria-label="Enterprise groups" sx={{ maxHeight: 280, overflow: 'auto' }}>
          {groups.data.names.length === 0 ? (
            <Typography role="status" variant="body2" color="text.secondary">
              No enterprise group matches “{filter}”.
            </Typography>
          ) : null}
          {groups.data.names.map((name) => (
            <ListItem key={name} disablePadding>
              <ListItemButton selected={chosen === name} onClick={() => setChosen(name)}>
                <ListItemText primary={name} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      ) : null}
      {chosen !== null && members.isError ? (
        <ErrorAlert title={`The accounts of ${chosen} could not be listed`} message={members.error.message} onRetry={() => void members.refetch()} />
      ) : null}
      {chosen !== null && members.isPending ? (
        <Typography role="status" variant="body2">
          Listing the accounts of {chosen}…
        </Typography>
      ) : null}
      {chosen !== null && members.data ? (
        <Stack spacing={1} direction="row" useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography role="status" variant="body2" sx={{ flexGrow: 1 }}>
            {chosen} has {countOf(members.data.accounts.length, 'account')}.
          </Typography>
          <Button
            variant="contained"
            sx={{ whiteSpace: 'nowrap' }}
            disabled={members.data.accounts.length === 0}
            onClick={() => onPick(members.data.accounts, chosen)}
          >
            Review the {countOf(members.data.accounts.length, 'account')} of {chosen}
          </Button>
        </Stack>
      ) : null}
      {chosen !== null && members.data?.hasMore ? (
        <Alert severity="warning">The identity store has more accounts in {chosen} than it listed: only the listed ones can be reviewed.</Alert>
      ) : null}
    </>
  );
}
