import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';

export function Component() {
  return (
    <PageContainer title="Page not found">
      <Typography sx={{ mb: 2 }}>There is no page at this address in Roster.</Typography>
      <Button variant="outlined" component={RouterLink} to={paths.home.href()}>
        Go to Home
      </Button>
    </PageContainer>
  );
}
