import TextField from '@mui/material/TextField';
import { useState } from 'react';

import { parseCreditAmount } from '../credit-fields';

type Props = { value: string; onChange: (text: string) => void };

/** The number of credits to allocate; the message shows once something was typed (or the field was left). */
export function CreditAmountField({ value, onChange }: Props) {
  const [touched, setTouched] = useState(false);
  const parsed = parseCreditAmount(value);
  const showError = touched && !parsed.ok;
  return (
    <TextField
      label="Credits to allocate"
      value={value}
      onChange={(event) => {
        setTouched(true);
        onChange(event.target.value);
      }}
      onBlur={() => {
        setTouched(true);
      }}
      error={showError}
      helperText={showError ? parsed.message : 'A whole number, 0 or more. It replaces any allocation the members have now.'}
      slotProps={{ htmlInput: { inputMode: 'numeric' } }}
    />
  );
}
