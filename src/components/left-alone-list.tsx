import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

type Props = {
  /** The heading's element id (the list is labelled by it). */
  id: string;
  /** "Left alone: 3 members". */
  heading: string;
  entries: readonly { key: string; text: string }[];
};

/** What an undo leaves where it is, one line each with the reason: a scrollable list under its heading. */
export function LeftAloneList({ id, heading, entries }: Props) {
  return (
    <Stack spacing={0.5} component="section" aria-labelledby={id}>
      <Typography id={id} sx={{ fontWeight: 600 }}>
        {heading}
      </Typography>
      <Stack component="ul" spacing={0.5} sx={{ m: 0, pl: 2.5, maxHeight: 240, overflowY: 'auto' }} tabIndex={0} aria-labelledby={id}>
        {entries.map((entry) => (
          <Typography component="li" key={entry.key} variant="body2">
            {entry.text}
          </Typography>
        ))}
      </Stack>
    </Stack>
  );
}
