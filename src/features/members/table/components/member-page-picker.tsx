import Button from '@mui/material/Button';
import Pagination from '@mui/material/Pagination';
import Stack from '@mui/material/Stack';
import { type SyntheticEvent, useState } from 'react';

import { TextInput } from '@/components/text-input';

type Props = {
  /** 0-based, as the grid counts. */
  page: number;
  /** Pages the portal can reach (a search's stop at its 10,000-result ceiling). */
  pageCount: number;
  onPageChange: (page: number) => void;
};

/** Numbered pages with first and last, and a "Go to page" field for a page far away. */
export function MemberPagePicker({ page, pageCount, onPageChange }: Props) {
  const [typed, setTyped] = useState('');
  const target = Number.parseInt(typed, 10);
  const valid = Number.isInteger(target) && target >= 1 && target <= pageCount;
  const go = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!valid) return;
    setTyped('');
    if (target - 1 !== page) onPageChange(target - 1);
  };
  if (pageCount <= 1) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <Pagination
        aria-label="Pages"
        count={pageCount}
        page={Math.min(page + 1, pageCount)}
        onChange={(_, next) => {
          onPageChange(next - 1);
        }}
        showFirstButton
        showLastButton
        // The grid's footer has next and previous already.
        hidePrevButton
        hideNextButton
        siblingCount={1}
        boundaryCount={1}
        size="small"
      />
      <Stack component="form" direction="row" spacing={0.5} onSubmit={go} noValidate>
        <TextInput
          type="number"
          size="small"
          label="Go to page"
          value={typed}
          onValueChange={setTyped}
          error={typed !== '' && !valid}
          slotProps={{ htmlInput: { min: 1, max: pageCount }, inputLabel: { shrink: true } }}
          sx={{ width: 110 }}
        />
        <Button type="submit" variant="outlined" size="small" disabled={!valid}>
          Go
        </Button>
      </Stack>
    </Stack>
  );
}
