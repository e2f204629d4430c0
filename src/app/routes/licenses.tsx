import { LicensesView } from '@/features/members/components/licenses-view';

export function Component() {
  return <LicensesView />;
}
