import MenuItem from '@mui/material/MenuItem';
import type { SxProps, Theme } from '@mui/material/styles';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import type { ReactNode } from 'react';

export type SelectOption = { value: string; label: ReactNode; disabled?: boolean; sx?: SxProps<Theme> };

type Props = Omit<TextFieldProps, 'select' | 'value' | 'onChange' | 'slotProps' | 'children'> & {
  value: string;
  onValueChange: (value: string) => void;
  options?: readonly SelectOption[];
  /** The '' choice ("Any type", "Everyone"), listed first and shown in the closed field, as filters need. */
  emptyOption?: string;
  renderValue?: (value: string) => ReactNode;
  /** Menu items of their own (a role with a note under it), after `options`. */
  children?: ReactNode;
};

/** A drop-down list: every filter bar, picker and wizard field that chooses one value from a list. */
export function SelectField({ value, onValueChange, options = [], emptyOption, renderValue, children, ...field }: Props) {
  // '' is a real choice here ("Any type"), so the closed field shows its label instead of staying blank.
  const showsEmpty = emptyOption !== undefined || options.some((option) => option.value === '');
  return (
    <TextField
      select
      {...field}
      value={value}
      onChange={(event) => {
        onValueChange(event.target.value);
      }}
      slotProps={{
        select: { displayEmpty: showsEmpty, renderValue: renderValue ? (selected) => renderValue(String(selected)) : undefined },
        inputLabel: showsEmpty ? { shrink: true } : undefined,
      }}
    >
      {emptyOption !== undefined ? <MenuItem value="">{emptyOption}</MenuItem> : null}
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value} disabled={option.disabled ?? false} sx={option.sx}>
          {option.label}
        </MenuItem>
      ))}
      {children}
    </TextField>
  );
}
