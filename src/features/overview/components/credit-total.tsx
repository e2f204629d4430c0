import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';
import { orgCreditsQuery } from '@/lib/arcgis/org-credits';

const creditNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** The organization's credits left (`portals/self` `availableCredits`), what the portal did not report, or none on Enterprise. */
export function CreditTotal() {
  const session = usePortalSession();
  const credits = useQuery(orgCreditsQuery(session));
  const data = credits.data;
  const text = credits.isError
    ? 'Could not be read'
    : !data
      ? null
      : data.allocation === 'not-used'
        ? 'This portal does not use credits'
        : data.available === null
          ? 'Not reported by the portal'
          : creditNumber.format(data.available);
  const small = text !== null && !/^[\d,.]+$/.test(text);
  return (
    <Paper component="li" variant="outlined" sx={{ p: 2 }}>
      <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block' }}>
        Available credits
      </Typography>
      <Typography variant="h2" component="span" sx={{ display: 'block', fontSize: small ? 16 : 28, py: small ? 1 : 0 }}>
        {text ?? <Skeleton width={80} />}
      </Typography>
    </Paper>
  );
}
