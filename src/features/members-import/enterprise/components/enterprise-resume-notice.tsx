import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';

import { describeEnterpriseJournal, type EnterpriseJournal } from '../enterprise-journal';

const timeOfDay = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

type Props = { journal: EnterpriseJournal; onContinue: () => void; onDiscard: () => void };

/** A run the page lost (a reload, a closed tab): what it had done, and the offer to finish it. */
export function EnterpriseResumeNotice({ journal, onContinue, onDiscard }: Props) {
  const what = journal.source === 'search' ? 'the accounts you chose' : `the accounts of ${journal.source}`;
  return (
    <Alert
      severity="warning"
      action={
        <Stack direction="row" spacing={1}>
          <Button color="inherit" variant="outlined" size="small" sx={{ whiteSpace: 'nowrap' }} onClick={onContinue}>
            Continue adding
          </Button>
          <Button color="inherit" size="small" onClick={onDiscard}>
            Discard
          </Button>
        </Stack>
      }
    >
      <AlertTitle>Adding {what} was interrupted</AlertTitle>
      Started {timeOfDay.format(journal.startedAt)}, the run stopped when the page was reloaded or closed: {describeEnterpriseJournal(journal)} Continue it to
      add the others: accounts with an answer keep it, and an account the interrupted run already made is counted as added, never made twice. Discarding keeps
      the members already added.
    </Alert>
  );
}
