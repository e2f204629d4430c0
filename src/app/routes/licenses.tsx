import { LicensesView } from '@/features/users/components/licenses-view';

export function Component() {
  return (
    <LicensesView />
  );
}
