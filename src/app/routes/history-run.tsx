import Button from '@mui/material/Button';
import { Link as RouterLink, useParams } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { TransferUndoDialog } from '@/features/content-transfer/transfer/components/transfer-undo-dialog';
import { RunView } from '@/features/history/components/run-view';
import { UndoRunDialog } from '@/features/members/bulk/components/undo-run-dialog';

export function Component() {
  const { runId = '' } = useParams();
  return (
    <PageContainer
      title="Run"
      description="One run from the history, as it was recorded."
      actions={
        <Button variant="outlined" component={RouterLink} to={paths.history.href()}>
          All runs
        </Button>
      }
    >
      <RunView
        key={runId}
        runId={runId}
        memberHref={paths.member.href}
        runHref={paths.historyRun.href}
        renderUndo={(run, onClose) =>
          run.record.kind === 'transfer' ? (
            <TransferUndoDialog run={run} onClose={onClose} />
          ) : (
            <UndoRunDialog target={{ runId: run.id, record: run.record }} onClose={onClose} />
          )
        }
      />
    </PageContainer>
  );
}
