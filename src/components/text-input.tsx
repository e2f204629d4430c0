import TextField, { type TextFieldProps } from '@mui/material/TextField';

type Props = Omit<TextFieldProps, 'select' | 'value' | 'onChange'> & { value: string; onValueChange: (value: string) => void };

/** A text field that reports its text: the one shape of every typed value (search boxes, names, dates, numbers). */
export function TextInput({ value, onValueChange, ...field }: Props) {
  return (
    <TextField
      {...field}
      value={value}
      onChange={(event) => {
        onValueChange(event.target.value);
      }}
    />
  );
}
