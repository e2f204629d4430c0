import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';

import { SearchField } from '@/components/search-field';
import { useDebouncedText } from '@/hooks/use-debounced-text';

import type { GroupAccess, GroupListParams } from '../types';
import { accessLabels } from './group-access-chip';

type Props = { params: GroupListParams; onChange: (next: Partial<GroupListParams>) => void };

export function GroupFilterBar({ params, onChange }: Props) {
  const [search, setSearch] = useDebouncedText(params.search, (text) => {
    onChange({ search: text, page: 0 });
  });
  const [owner, setOwner] = useDebouncedText(params.owner, (text) => {
    onChange({ owner: text, page: 0 });
  });
  const filtered = Boolean(params.search || params.access || params.owner);
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} role="group" aria-label="Filters" sx={{ alignItems: { md: 'center' } }}>
      <SearchField
        label="Search groups"
        placeholder="Title, summary, tags or owner"
        value={search}
        onTextChange={setSearch}
        sx={{ width: { xs: '100%', md: 340 } }}
      />
      <TextField
        select
        label="Access"
        size="small"
        value={params.access}
        onChange={(event) => {
          onChange({ access: event.target.value as GroupAccess | '', page: 0 });
        }}
        sx={{ minWidth: 170 }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">Any access</MenuItem>
        {(Object.keys(accessLabels) as GroupAccess[]).map((access) => (
          <MenuItem key={access} value={access}>
            {accessLabels[access]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label="Owner"
        placeholder="Username"
        size="small"
        value={owner}
        onChange={(event) => {
          setOwner(event.target.value);
        }}
        sx={{ minWidth: 200 }}
      />
      {filtered ? (
        <Button
          onClick={() => {
            setSearch('');
            setOwner('');
            onChange({ search: '', access: '', owner: '', page: 0 });
          }}
        >
          Clear filters
        </Button>
      ) : null}
    </Stack>
  );
}
