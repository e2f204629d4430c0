import { LicensesView } from '@/features/members/licences/components/licenses-view';

export function Component() {
  return <LicensesView />;
}
