import { PageContainer } from '@/components/page-container';
import { AddToGroupsByKeyword } from '@/features/groups/components/add-to-groups-by-keyword';

export function Component() {
  return (
    <PageContainer
      title="Add members to groups by keyword"
      description="The same members, added to every group that matches a keyword — after you see which groups and who."
    >
      <AddToGroupsByKeyword />
    </PageContainer>
  );
}
