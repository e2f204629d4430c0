import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { HistoryList } from '@/features/history/components/history-list';
import { privilegeNames } from '@/lib/arcgis/privileges';

import { PrivilegeGate } from '../layout/privilege-gate';

export function Component() {
  return (
    <PrivilegeGate privilege={privilegeNames.viewItems} title="History" what="view all content (run records are members' items)">
      <PageContainer
        title="History"
        description="Every run made through Roster: who, when, what was asked and what happened to each member. Kept in the portal as items of whoever ran them."
      >
        <HistoryList runHref={paths.historyRun.href} />
      </PageContainer>
    </PrivilegeGate>
  );
}
