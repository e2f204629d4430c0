import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useEffect, useState } from 'react';

import { noun } from '@/lib/text/plural';

import type { BulkActionKind } from '../../bulk/bulk-action';
import type { MemberDeletion } from '../../member-page/member-deletion';
import { type MemberSelection, selectionCount, selectionCountLabel } from '../resolve-selection';
import { ExportSelectedButton } from './export-selected-button';
import { MemberActionsMenu } from '../../member-page/components/member-actions-menu';

// The action dialogs (preview, run, results, undo) are needed only once an action is chosen: out of the members
// screen's first load, fetched as soon as members are selected.
const loadBulkActionDialog = () => import('../../bulk/components/bulk-action-dialog');
const BulkActionDialog = lazy(() => loadBulkActionDialog().then((module) => ({ default: module.BulkActionDialog })));

type Props = {
  selection: MemberSelection;
  /** How many match the table's query, for "Select all N that match". */
  matching: number;
  /** How to say `matching`: a search's 10,000 may mean more ("10,000+"). */
  matchingLabel: string;
  allMatchingSelected: boolean;
  onSelectAllMatching: () => void;
  onClear: () => void;
  /** Actions the signed-in member's privileges allow. */
  allowed: readonly BulkActionKind[];
  self: string;
  deletion?: MemberDeletion;
};

/** Shown while members are selected: how many, select all that match, and the actions on them. */
export function MemberSelectionBar({ selection, matching, matchingLabel, allMatchingSelected, onSelectAllMatching, onClear, allowed, self, deletion }: Props) {
  const [kind, setKind] = useState<BulkActionKind | null>(null);
  useEffect(() => {
    void loadBulkActionDialog();
  }, []);
  const count = selectionCount(selection);
  const countLabel = selectionCountLabel(selection);
  return (
    <Paper variant="outlined" sx={{ px: 2, py: 1, bgcolor: 'action.hover' }}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography role="status" aria-live="polite" sx={{ fontWeight: 600 }}>
          {allMatchingSelected ? `All ${countLabel} matching members are selected` : `${countLabel} ${noun(count, 'member')} selected`}
        </Typography>
        {!allMatchingSelected && matching > count ? <Button onClick={onSelectAllMatching}>Select all {matchingLabel} that match</Button> : null}
        <Button onClick={onClear}>Clear selection</Button>
        <span style={{ flexGrow: 1 }} />
        <ExportSelectedButton selection={selection} />
        <MemberActionsMenu actions={allowed} onChoose={setKind} />
      </Stack>
      {kind ? (
        <Suspense fallback={null}>
          <BulkActionDialog
            kind={kind}
            selection={selection}
            self={self}
            deletion={deletion}
            onClose={(afterRun) => {
              setKind(null);
              // The selection holds members as they were; a second action must not plan from stale roles or types.
              if (afterRun) onClear();
            }}
          />
        </Suspense>
      ) : null}
    </Paper>
  );
}
