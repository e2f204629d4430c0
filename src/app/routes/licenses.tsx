import { LicensesView } from '@/features/users/components/licenses-view';
import { privilegeNames } from '@/lib/arcgis/privileges';

import { PrivilegeGate } from '../layout/privilege-gate';

export function Component() {
  return (
    <PrivilegeGate privilege={privilegeNames.manageLicenses} title="Add-on licences" what="manage licences">
      <LicensesView />
    </PrivilegeGate>
  );
}
