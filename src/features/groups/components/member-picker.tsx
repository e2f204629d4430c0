import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { usePortalSession } from '@/hooks/use-session';

import { groupQueries } from '../api/group-queries';
import type { OrgMemberOption } from '../api/groups-api';

type MultipleProps = { multiple: true; label: string; value: OrgMemberOption[]; onChange: (value: OrgMemberOption[]) => void };
type SingleProps = { multiple?: false; label: string; value: OrgMemberOption | null; onChange: (value: OrgMemberOption | null) => void };

const optionLabel = (option: OrgMemberOption) => (option.fullName ? `${option.fullName} (${option.username})` : option.username);

/** Search-as-you-type over the organization's members (names and usernames). */
export function MemberPicker(props: MultipleProps | SingleProps) {
  const session = usePortalSession();
  const [input, setInput] = useState('');
  const text = useDebouncedValue(input, 250);
  const options = useQuery({ ...groupQueries.orgMembers(session, text.trim()), enabled: text.trim().length > 0 });
  const common = {
    options: options.data ?? [],
    filterOptions: (list: OrgMemberOption[]) => list, // the portal already filtered them
    getOptionLabel: optionLabel,
    isOptionEqualToValue: (a: OrgMemberOption, b: OrgMemberOption) => a.username === b.username,
    loading: options.isFetching,
    noOptionsText: text.trim() ? 'No members match' : 'Type a name or username',
    inputValue: input,
    onInputChange: (_event: unknown, value: string, reason: string) => {
      if (reason !== 'reset') setInput(value);
    },
    renderInput: (params: object) => <TextField {...params} label={props.label} placeholder="Name or username" />,
  };
  if (props.multiple) {
    return (
      <Autocomplete
        {...common}
        multiple
        value={props.value}
        onChange={(_event, value) => {
          props.onChange(value);
          setInput('');
        }}
      />
    );
  }
  return (
    <Autocomplete
      {...common}
      value={props.value}
      onChange={(_event, value) => {
        props.onChange(value);
      }}
    />
  );
}
