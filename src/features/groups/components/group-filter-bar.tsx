import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';

import { SearchField } from '@/components/search-field';
import { SelectField } from '@/components/select-field';
import { TextInput } from '@/components/text-input';
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
      <SelectField
        label="Access"
        size="small"
        value={params.access}
        onValueChange={(access) => {
          onChange({ access: access as GroupAccess | '', page: 0 });
        }}
        sx={{ minWidth: 170 }}
        emptyOption="Any access"
        options={(Object.keys(accessLabels) as GroupAccess[]).map((access) => ({ value: access, label: accessLabels[access] }))}
      />
      <TextInput label="Owner" placeholder="Username" size="small" value={owner} onValueChange={setOwner} sx={{ minWidth: 200 }} />
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
