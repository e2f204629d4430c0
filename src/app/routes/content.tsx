import Button from '@mui/material/Button';
import { Link as RouterLink, useParams } from 'react-router';

import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { ContentBrowser } from '@/features/content-transfer/browser/components/content-browser';

export function Component() {
  const { username = '' } = useParams();
  return (
    <PageContainer
      title={`${username}’s content`}
      description="Folders and items, paged and sorted by the portal. Select items, whole folders or everything, and transfer them to a colleague."
      actions={
        <Button variant="outlined" component={RouterLink} to={paths.memberOffboard.href(username)}>
          Offboard {username}
        </Button>
      }
    >
      {/* A new member means new selection and dialogs, not the previous member's. */}
      <ContentBrowser key={username} owner={username} />
    </PageContainer>
  );
}
