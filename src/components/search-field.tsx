import SearchIcon from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import type { TextFieldProps } from '@mui/material/TextField';

import { TextInput } from './text-input';

type Props = Omit<TextFieldProps, 'type' | 'onChange' | 'value'> & { value: string; onTextChange: (text: string) => void };

/** A small search box with the magnifier, for the filter bars. */
export function SearchField({ value, onTextChange, ...props }: Props) {
  return (
    <TextInput
      type="search"
      size="small"
      {...props}
      value={value}
      onValueChange={onTextChange}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
