import SearchIcon from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import TextField, { type TextFieldProps } from '@mui/material/TextField';

type Props = Omit<TextFieldProps, 'type' | 'onChange' | 'value'> & { value: string; onTextChange: (text: string) => void };

/** A small search box with the magnifier, for the filter bars. */
export function SearchField({ value, onTextChange, ...props }: Props) {
  return (
    <TextField
      type="search"
      size="small"
      {...props}
      value={value}
      onChange={(event) => {
        onTextChange(event.target.value);
      }}
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
