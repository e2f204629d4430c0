import CheckCircle from '@mui/icons-material/CheckCircle';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Typography from '@mui/material/Typography';
import { useState } from 'react';

import { TextInput } from '@/components/text-input';

import { describePasswordPolicy } from '../../core/member-field-rules';
import type { PasswordPolicy } from '../../core/types';
import { passwordChecklist } from '../add-member-form';

type Props = {
  value: string;
  policy: PasswordPolicy;
  error: string | undefined;
  onChange: (password: string) => void;
  onBlur: () => void;
};

/**
 * The new member's first password. It lives only in the wizard's memory: `autoComplete="new-password"` keeps
 * browsers from filling in the admin's own password, and nothing here logs or stores it.
 */
export function PasswordField({ value, policy, error, onChange, onBlur }: Props) {
  const [isShown, setIsShown] = useState(false);
  const checklist = passwordChecklist(value, policy);
  return (
    <Box>
      <TextInput
        id="add-member-password"
        label="Password"
        required
        fullWidth
        type={isShown ? 'text' : 'password'}
        autoComplete="new-password"
        value={value}
        error={Boolean(error)}
        helperText={error ?? `Password ${describePasswordPolicy(policy)}.`}
        onValueChange={onChange}
        onBlur={onBlur}
        slotProps={{
          htmlInput: { spellCheck: false, autoCapitalize: 'none' },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  edge="end"
                  aria-label={isShown ? 'Hide password' : 'Show password'}
                  onClick={() => {
                    setIsShown((shown) => !shown);
                  }}
                >
                  {isShown ? <VisibilityOff fontSize="small" /> : <Visibility fontSize="small" />}
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <Box
        component="ul"
        aria-label="Password requirements"
        sx={{ listStyle: 'none', p: 0, m: 0, mt: 1, display: 'flex', flexWrap: 'wrap', columnGap: 2, rowGap: 0.5 }}
      >
        {checklist.map((item) => (
          <Box component="li" key={item.label} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            {item.met ? (
              <CheckCircle color="success" sx={{ fontSize: 16 }} titleAccess="Met:" />
            ) : (
              <RadioButtonUnchecked color="disabled" sx={{ fontSize: 16 }} titleAccess="Not yet met:" />
            )}
            <Typography variant="body2" color={item.met ? 'success.main' : 'text.secondary'}>
              {item.label}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
