import Chip from '@mui/material/Chip';
import { useState } from 'react';

import { TextInput } from '@/components/text-input';

export type DateRange = { from: string; to: string };

type Props = DateRange & {
  /** What the dates are of: "Created" labels the fields "Created from" and "Created to". */
  label: string;
  onChange: (range: DateRange) => void;
  /** A removable chip naming the range while one is set. */
  withChip?: boolean;
};

export const dateRangeLabel = (label: string, { from, to }: DateRange) =>
  from && to ? `${label} ${from} to ${to}` : from ? `${label} on or after ${from}` : `${label} on or before ${to}`;

/**
 * Two dates bounding a filter ("from" and "to", whole days). The two are held here too: the URL they come from can lag
 * behind while the route loads the new page, and "to" typed right after "from" must not undo it.
 */
export function DateRangeFields({ label, from, to, onChange, withChip = false }: Props) {
  const [range, setRange] = useState<DateRange>({ from, to });
  const [seen, setSeen] = useState<DateRange>({ from, to });
  if (seen.from !== from || seen.to !== to) {
    // The URL changed (a link, back, "Clear filters"): it wins ("adjust state while rendering").
    setSeen({ from, to });
    setRange({ from, to });
  }
  const change = (next: Partial<DateRange>) => {
    const merged = { ...range, ...next };
    setRange(merged);
    onChange(merged);
  };
  return (
    <>
      <TextInput
        type="date"
        size="small"
        label={`${label} from`}
        value={range.from}
        onValueChange={(value) => {
          change({ from: value });
        }}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: range.to || undefined } }}
      />
      <TextInput
        type="date"
        size="small"
        label={`${label} to`}
        value={range.to}
        onValueChange={(value) => {
          change({ to: value });
        }}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: range.from || undefined } }}
      />
      {withChip && (from || to) ? (
        <Chip
          label={dateRangeLabel(label, { from, to })}
          onDelete={() => {
            change({ from: '', to: '' });
          }}
        />
      ) : null}
    </>
  );
}
