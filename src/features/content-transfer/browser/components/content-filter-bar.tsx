import Stack from '@mui/material/Stack';

import { SelectField } from '@/components/select-field';
import { TextInput } from '@/components/text-input';
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
      <SelectField
        label="Folder"
        size="small"
        value={isSearching ? '*' : params.folder}
        helperText={isSearching ? 'A search looks through every folder.' : ' '}
        onValueChange={(folder) => {
          // Choosing a folder leaves the search: a folder is listed, a search spans them all.
          if (folder === '*') return;
          setText('');
          onChange({ folder, search: '', type: '', page: 0 });
        }}
        sx={{ minWidth: 220 }}
        options={[
          ...(isSearching ? [{ value: '*', label: 'All folders' }] : []),
          { value: '', label: 'Root folder' },
          ...folders.map((folder) => ({ value: folder.id, label: folder.title })),
        ]}
      />
      <TextInput type="search" label="Search by title" size="small" value={text} onValueChange={setText} helperText=" " sx={{ flexGrow: 1 }} />
      <SelectField
        label="Type"
        size="small"
        value={params.type}
        onValueChange={(type) => {
          onChange({ type, page: 0 });
        }}
        helperText=" "
        sx={{ minWidth: 220 }}
        emptyOption="Any type"
        options={itemTypeOptions.map((type) => ({ value: type, label: type }))}
      />
    </Stack>
  );
}
