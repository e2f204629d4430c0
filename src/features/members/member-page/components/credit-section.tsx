import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';
import { orgCreditsQuery } from '@/lib/arcgis/org-credits';

import { Facts, Section } from './member-sections';
import type { BulkAction } from '../../bulk/bulk-action';
import { formatCredits } from '../../bulk/credit-fields';
import type { MemberDetails } from '../../types';

type Props = {
  member: MemberDetails;
  /** Actions the signed-in member may take (credit ones need `portal:admin:manageCredits`). */
  actions: readonly BulkAction['kind'][];
  onChoose: (kind: 'allocateCredits' | 'removeCredits') => void;
};

/** The member's credit allocation, and allocate / remove where the organization allocates credits. */
export function CreditSection({ member, actions, onChoose }: Props) {
  const session = usePortalSession();
  const credits = useQuery(orgCreditsQuery(session));
  const allocation = credits.data?.allocation;
  const on = allocation === 'on';
  const assigned = member.assignedCredits;
  let body;
  if (credits.isPending) body = <Skeleton height={40} />;
  else if (allocation === 'not-used') body = <Typography color="text.secondary">This portal does not use credits.</Typography>;
  else if (allocation === 'off') body = <Typography color="text.secondary">Credit allocation is turned off for this organization.</Typography>;
  else if (!on) body = <Typography color="text.secondary">The portal did not report whether credit allocation is on.</Typography>;
  else
    body = (
      <Facts
        facts={[
          ['Allocated', assigned === undefined ? 'Not reported' : assigned === null ? 'No allocation' : formatCredits(assigned)],
          ['Available', assigned === null ? '—' : member.availableCredits == null ? 'Not reported' : formatCredits(member.availableCredits)],
        ]}
      />
    );
  return (
    <Section
      title="Credits"
      action={
        on ? (
          <Stack direction="row" spacing={1}>
            {actions.includes('allocateCredits') ? (
              <Button
                onClick={() => {
                  onChoose('allocateCredits');
                }}
              >
                Allocate credits…
              </Button>
            ) : null}
            {actions.includes('removeCredits') && assigned !== null ? (
              <Button
                onClick={() => {
                  onChoose('removeCredits');
                }}
              >
                Remove allocation
              </Button>
            ) : null}
          </Stack>
        ) : null
      }
    >
      {body}
    </Section>
  );
}
