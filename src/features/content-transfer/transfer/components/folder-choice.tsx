import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';

import { SelectField } from '@/components/select-field';
import { TextInput } from '@/components/text-input';

import type { FolderStrategy } from '../../types';

type Props = {
  value: FolderStrategy;
  onChange: (value: FolderStrategy) => void;
  receiverFolders: readonly string[];
  error: string | null;
};

/** Where the items land: the receiver's root, one of their folders, a new folder, or folders named like the originals. */
export function FolderChoice({ value, onChange, receiverFolders, error }: Props) {
  const isExistingError = value.kind === 'existing' && error;
  const isNewError = value.kind === 'new' && error;
  return (
    <FormControl>
      <FormLabel id="target-folder-label">Target folder</FormLabel>
      <RadioGroup
        aria-labelledby="target-folder-label"
        value={value.kind}
        onChange={(event) => {
          const kind = event.target.value as 'keep' | 'root' | 'new' | 'existing';
          if (kind === 'existing') onChange({ kind, title: receiverFolders[0] ?? '' });
          else if (kind === 'new') onChange({ kind, title: '' });
          else onChange({ kind });
        }}
      >
        <FormControlLabel value="keep" control={<Radio />} label="Keep the folder names (folders are created when missing)" />
        <FormControlLabel value="new" control={<Radio />} label="A new folder" />
        {value.kind === 'new' ? (
          <TextInput
            label="New folder name"
            size="small"
            value={value.title}
            error={Boolean(isNewError)}
            helperText={isNewError ? error : ' '}
            onValueChange={(value) => {
              onChange({ kind: 'new', title: value });
            }}
            sx={{ ml: 4, maxWidth: 360 }}
          />
        ) : null}
        <FormControlLabel value="existing" control={<Radio />} label="An existing folder" disabled={receiverFolders.length === 0} />
        {value.kind === 'existing' ? (
          <Stack sx={{ ml: 4, maxWidth: 360 }}>
            <SelectField
              label="Existing folder"
              size="small"
              value={value.title}
              error={Boolean(isExistingError)}
              helperText={isExistingError ? error : ' '}
              onValueChange={(title) => {
                onChange({ kind: 'existing', title });
              }}
              options={receiverFolders.map((title) => ({ value: title, label: title }))}
            />
          </Stack>
        ) : null}
        <FormControlLabel value="root" control={<Radio />} label="The root folder" />
      </RadioGroup>
    </FormControl>
  );
}
