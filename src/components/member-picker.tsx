import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { usePortalSession } from '@/hooks/use-session';
import { memberOptionsQuery, type MemberOption } from '@/lib/arcgis/member-options';

type Common = {
  label: string;
  /** A member never offered (e.g. the one whose content is moving). */
  exclude?: string;
  required?: boolean;
  error?: string;
};
type MultipleProps = Common & { multiple: true; value: MemberOption[]; onChange: (value: MemberOption[]) => void };
type SingleProps = Common & { multiple?: false; value: MemberOption | null; onChange: (value: MemberOption | null) => void };

const optionLabel = (option: MemberOption) => (option.fullName ? `${option.fullName} (${option.username})` : option.username);
const HINT = 'Type a name or username.';

/** Search-as-you-type over the organization's members (names, usernames and emails), one or several. */
export function MemberPicker(props: MultipleProps | SingleProps) {
  const session = usePortalSession();
  const [input, setInput] = useState('');
  const text = useDebouncedValue(input, 250).trim();
  // Once a member is chosen the box shows their label; that is not a new search.
  const chosenLabel = !props.multiple && props.value ? optionLabel(props.value) : null;
  const options = useQuery({ ...memberOptionsQuery(session, text), enabled: text.length > 0 && text !== chosenLabel });
  const excluded = props.exclude?.toLowerCase();
  const common = {
    options: text ? (options.data ?? []).filter((option) => option.username.toLowerCase() !== excluded) : [],
    filterOptions: (list: MemberOption[]) => list, // the portal already filtered them
    getOptionLabel: optionLabel,
    isOptionEqualToValue: (a: MemberOption, b: MemberOption) => a.username === b.username,
    loading: options.isFetching,
    noOptionsText: text ? 'No member matches.' : HINT,
    inputValue: input,
    onInputChange: (_event: unknown, value: string, reason: string) => {
      // A multiple picker clears what was typed once a member is chosen; MUI's 'reset' would put it back.
      if (!(props.multiple && reason === 'reset')) setInput(value);
    },
    renderInput: (params: object) => (
      <TextField
        {...params}
        label={props.label}
        required={props.required}
        error={Boolean(props.error)}
        helperText={props.error ?? (props.required ? HINT : undefined)}
        placeholder="Name or username"
      />
    ),
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
