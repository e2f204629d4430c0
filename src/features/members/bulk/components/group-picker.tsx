import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { usePortalSession } from '@/hooks/use-session';
import { selfQueries } from '@/lib/arcgis/self-queries';

import { userQueries } from '../../api/user-queries';
import type { GroupOption } from '../../types';

type Props = {
  label: string;
  value: GroupOption | null;
  onChange: (group: GroupOption | null) => void;
  size?: 'small' | 'medium';
  width?: number | string;
};

/** Search-as-you-type over the organization's groups (first 20 titles that start with the words typed). */
export function GroupPicker({ label, value, onChange, size = 'small', width = 240 }: Props) {
  const session = usePortalSession();
  const organization = useQuery(selfQueries.organization(session));
  const [text, setText] = useState('');
  // Groups are asked for once the list opens, not with every page that shows the picker.
  const [isOpen, setIsOpen] = useState(false);
  const debounced = useDebouncedValue(text, 250);
  const options = useQuery({
    ...userQueries.groupOptions(session, organization.data?.id ?? '', debounced),
    enabled: Boolean(organization.data) && isOpen,
  });
  return (
    <Autocomplete
      size={size}
      sx={{ width }}
      options={options.data ?? []}
      value={value}
      open={isOpen}
      onOpen={() => {
        setIsOpen(true);
      }}
      onClose={() => {
        setIsOpen(false);
      }}
      loading={options.isFetching}
      filterOptions={(groups) => groups}
      getOptionLabel={(group) => group.title}
      isOptionEqualToValue={(option, selected) => option.id === selected.id}
      onChange={(_event, group) => {
        onChange(group);
      }}
      onInputChange={(_event, input, reason) => {
        if (reason === 'input' || reason === 'clear') setText(input);
      }}
      noOptionsText={options.isError ? 'Groups could not be loaded' : 'No group starts with that'}
      renderInput={(params) => (
        <TextField
          {...params}
          size={size}
          label={label}
          placeholder="Any group"
          slotProps={{ ...params.slotProps, inputLabel: { ...params.slotProps.inputLabel, shrink: true } }}
        />
      )}
    />
  );
}
