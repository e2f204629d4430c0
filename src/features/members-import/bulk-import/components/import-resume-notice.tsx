import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { useQuery, useQueryClient } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';
import { refreshAfter } from '@/lib/portal-changes';

import { importQueries } from '../../api/import-queries';
import { describeJournal, importJournals } from '../import-journal';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Offers to finish imports that stopped part-way (closed tab, lost network, cancelled). */
export function ImportResumeNotice() {
  const session = usePortalSession();
  const queryClient = useQueryClient();
  const unfinished = useQuery(importQueries.unfinishedJournals(session));
  return (
    <>
      {(unfinished.data ?? []).map((journal) => (
        <Alert
          key={journal.fingerprint}
          severity="warning"
          action={
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                void importJournals.remove(journal).then(() => refreshAfter(queryClient, ['imports']));
              }}
            >
              Discard
            </Button>
          }
        >
          <AlertTitle>The import of {journal.fileName} did not finish</AlertTitle>
          {describeJournal(journal)} It stopped at {dateTime.format(journal.updatedAt)}. Choose the same file to resume: rows already done are not sent again.
          Passwords are never saved, so the file is needed once more.
        </Alert>
      ))}
    </>
  );
}
