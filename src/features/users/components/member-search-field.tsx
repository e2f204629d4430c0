import SearchIcon from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';

import { useDebouncedValue } from '@/hooks/use-debounced-value';

type Props = { value: string; onSearch: (text: string) => void };

/** Searches as the admin types, without sending a request per keystroke. */
export function MemberSearchField({ value, onSearch }: Props) {
  const [text, setText] = useState(value);
  const debounced = useDebouncedValue(text, 300);
  useEffect(() => {
    if (debounced.trim() !== value.trim()) onSearch(debounced.trim());
  }, [debounced, value, onSearch]);

  return (
    <TextField
      type="search"
      label="Search members"
      placeholder="Name, username or email"
      size="small"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
      }}
      sx={{ width: { xs: '100%', sm: 360 } }}
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
