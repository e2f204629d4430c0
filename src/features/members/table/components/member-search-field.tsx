import { SearchField } from '@/components/search-field';
import { useDebouncedText } from '@/hooks/use-debounced-text';

type Props = { value: string; onSearch: (text: string) => void };

/** Searches as the admin types, without sending a request per keystroke. */
export function MemberSearchField({ value, onSearch }: Props) {
  const [text, setText] = useDebouncedText(value, onSearch);
  return (
    <SearchField label="Search members" placeholder="Name, username or email" value={text} onTextChange={setText} sx={{ width: { xs: '100%', sm: 360 } }} />
  );
}
