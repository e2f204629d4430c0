import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';

import { ErrorAlert } from '@/components/error-alert';
import { SelectField } from '@/components/select-field';

import { entitlementUsage, leftText } from '../../licences/licenses';
import { licenseChoiceKey, type LicenseUsage } from '../../licences/use-license-usage';

type Props = { usage: LicenseUsage; choice: string; onChange: (choice: string) => void };

/** Which add-on licence (listing and entitlement) to assign or revoke, with how many are left of each. */
export function LicenseActionPicker({ usage, choice, onChange }: Props) {
  if (usage.error) return <ErrorAlert title="The add-on licences could not be read" message={usage.error.message} onRetry={usage.refetch} />;
  if (!usage.licenses || !usage.holders) return <LinearProgress aria-label="Reading the add-on licences" />;
  const { holders } = usage;
  const options = usage.licenses.flatMap((license) =>
    entitlementUsage(license, holders.get(license.itemId) ?? []).map((entry) => ({
      value: licenseChoiceKey({ itemId: license.itemId, entitlement: entry.name }),
      label: `${license.title} — ${entry.name} (${leftText(entry)})`,
    })),
  );
  if (options.length === 0) return <Alert severity="info">The portal lists no add-on licences bought or tried by this organization.</Alert>;
  return <SelectField label="Licence" value={options.some((option) => option.value === choice) ? choice : ''} onValueChange={onChange} options={options} />;
}
