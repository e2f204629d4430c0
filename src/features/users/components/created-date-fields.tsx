import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useState } from 'react';

type Range = { createdFrom: string; createdTo: string };
type Props = Range & { onChange: (range: Range) => void };

const chipLabel = ({ createdFrom, createdTo }: Range) =>
  createdFrom && createdTo
    ? `Created ${createdFrom} to ${createdTo}`
    : createdFrom
      ? `Created on or after ${createdFrom}`
      : `Created on or before ${createdTo}`;

/**
 * "Created from" and "Created to", and the removable chip naming the range. The two dates are held here too: the URL
 * they come from can lag behind while the route loads the new page, and "to" typed right after "from" must not undo it.
 */
export function CreatedDateFields({ createdFrom, createdTo, onChange }: Props) {
  const [range, setRange] = useState<Range>({ createdFrom, createdTo });
  const [seen, setSeen] = useState<Range>({ createdFrom, createdTo });
  if (seen.createdFrom !== createdFrom || seen.createdTo !== createdTo) {
    // The URL changed (a link, back, "Clear filters"): it wins ("adjust state while rendering").
    setSeen({ createdFrom, createdTo });
    setRange({ createdFrom, createdTo });
  }
  const change = (next: Partial<Range>) => {
    const merged = { ...range, ...next };
    setRange(merged);
    onChange(merged);
  };
  return (
    <>
      <TextField
        type="date"
        size="small"
        label="Created from"
        value={range.createdFrom}
        onChange={(event) => {
          change({ createdFrom: event.target.value });
        }}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: range.createdTo || undefined } }}
      />
      <TextField
        type="date"
        size="small"
        label="Created to"
        value={range.createdTo}
        onChange={(event) => {
          change({ createdTo: event.target.value });
        }}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: range.createdFrom || undefined } }}
      />
      {createdFrom || createdTo ? (
        <Chip
          label={chipLabel({ createdFrom, createdTo })}
          onDelete={() => {
            change({ createdFrom: '', createdTo: '' });
          }}
        />
      ) : null}
    </>
  );
}
