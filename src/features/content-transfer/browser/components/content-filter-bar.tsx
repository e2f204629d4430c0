import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';

import { useDebouncedText } from '@/hooks/use-debounced-text';

import type { ContentFolder, ContentListParams } from '../../types';

/** Common item types; the portal's `type:` search takes any type name. */
export const itemTypeOptions = [
  'CSV',
  'Dashboard',
  'Feature Service',
  'File Geodatabase',
  'Form',
  'Map Service',
  'Microsoft Excel',
  'PDF',
  'Scene Service',
  'Shapefile',
  'StoryMap',
  'Vector Tile Service',
  'Web Map',
  'Web Mapping Application',
];

type Props = {
  params: ContentListParams;
  folders: readonly ContentFolder[];
  onChange: (next: Partial<ContentListParams>) => void;
};

export function ContentFilterBar({ params, folders, onChange }: Props) {
  const [text, setText] = useDebouncedText(params.search, (search) => {
    onChange({ search, page: 0 });
  });
  const isSearching = params.search.trim() !== '' || params.type !== '';

  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} role="group" aria-label="Find content">
      <TextField
        select
        label="Folder"
        size="small"
        value={isSearching ? '*' : params.folder}
        helperText={isSearching ? 'A search looks through every folder.' : ' '}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        onChange={(event) => {
          // Choosing a folder leaves the search: a folder is listed, a search spans them all.
          if (event.target.value === '*') return;
          setText('');
          onChange({ folder: event.target.value, search: '', type: '', page: 0 });
        }}
        sx={{ minWidth: 220 }}
      >
        {isSearching ? <MenuItem value="*">All folders</MenuItem> : null}
        <MenuItem value="">Root folder</MenuItem>
        {folders.map((folder) => (
          <MenuItem key={folder.id} value={folder.id}>
            {folder.title}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        type="search"
        label="Search by title"
        size="small"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
        }}
        helperText=" "
        sx={{ flexGrow: 1 }}
      />
      <TextField
        select
        label="Type"
        size="small"
        value={params.type}
        onChange={(event) => {
          onChange({ type: event.target.value, page: 0 });
        }}
        helperText=" "
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        sx={{ minWidth: 220 }}
      >
        <MenuItem value="">Any type</MenuItem>
        {itemTypeOptions.map((type) => (
          <MenuItem key={type} value={type}>
            {type}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
