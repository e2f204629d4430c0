import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { usePortalSession } from '@/hooks/use-session';

import { contentQueries } from '../api/content-queries';
import type { MemberOption } from '../api/content-api';

type Props = {
  label: string;
  value: MemberOption | null;
  onChange: (value: MemberOption | null) => void;
  /** Left out of the options (the member whose things are moving). */
  exclude: string;
  error?: string;
};

/** Search-as-you-type over the organization's members (username or name). */
export function ReceiverField({ label, value, onChange, exclude, error }: Props) {
  const session = usePortalSession();
  const [input, setInput] = useState('');
  const text = useDebouncedValue(input, 250);
  const options = useQuery(contentQueries.memberOptions(session, text));
  const list = (options.data ?? []).filter((option) => option.username.toLowerCase() !== exclude.toLowerCase());
  return (
    <Autocomplete
      options={list}
      value={value}
      onChange={(_event, next) => {
        onChange(next);
      }}
      inputValue={input}
      onInputChange={(_event, next) => {
        setInput(next);
      }}
      filterOptions={(all) => all}
      getOptionLabel={(option) => `${option.fullName} (${option.username})`}
      isOptionEqualToValue={(option, selected) => option.username === selected.username}
      loading={options.isFetching}
      noOptionsText={text ? 'No member matches.' : 'Type a name or username.'}
      renderInput={(params) => (
        <TextField {...params} label={label} required error={Boolean(error)} helperText={error ?? 'Type a name or username.'} />
      )}
    />
  );
}
