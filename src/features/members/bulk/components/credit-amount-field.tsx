import { useState } from 'react';

import { TextInput } from '@/components/text-input';

import { parseCreditAmount } from '../credit-fields';

type Props = { value: string; onChange: (text: string) => void };

/** The number of credits to allocate; the message shows once something was typed (or the field was left). */
export function CreditAmountField({ value, onChange }: Props) {
  const [touched, setTouched] = useState(false);
  const parsed = parseCreditAmount(value);
  const showError = touched && !parsed.ok;
  return (
    <TextInput
      label="Credits to allocate"
      value={value}
      onValueChange={(value) => {
        setTouched(true);
        onChange(value);
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
