import { PageContainer } from '@/components/page-container';
import { paths } from '@/config/paths';
import { HistoryList } from '@/features/history/components/history-list';

export function Component() {
  return (
    <PageContainer
      title="History"
      description="Every run made through Roster: who, when, what was asked and what happened to each member. Kept in the portal as items of whoever ran them."
    >
      <HistoryList runHref={paths.historyRun.href} />
    </PageContainer>
  );
}
