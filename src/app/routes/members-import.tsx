import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { MembersImportWizard } from '@/features/members-import/bulk-import/components/members-import-wizard';

export function Component() {
  return (
    <PageContainer title="Import members" description="Add members in bulk from a file. Every row is checked and shown to you before anything is sent.">
      <MembersImportWizard membersHref={paths.members.href()} />
    </PageContainer>
  );
}
