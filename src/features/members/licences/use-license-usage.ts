import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';

import type { LicenseAction } from './license-action';
import type { AddonLicense, LicenseHolder } from './licenses';
import { licenseQueries } from '../api/license-queries';

export type LicenseUsage = {
  licenses: AddonLicense[] | undefined;
  /** Holders per listing item id, once every listing's holders were read. */
  holders: ReadonlyMap<string, LicenseHolder[]> | undefined;
  error: Error | null;
  refetch: () => void;
};

/** The organization's add-on licences and who holds them (one `userEntitlements` listing per licence). */
export function useLicenseUsage(enabled = true): LicenseUsage {
  const session = usePortalSession();
  const purchases = useQuery({ ...licenseQueries.purchases(session), enabled });
  const holderQueries = useQueries({ queries: (purchases.data ?? []).map((license) => ({ ...licenseQueries.holders(session, license.itemId), enabled })) });
  const allRead = purchases.data !== undefined && holderQueries.every((query) => query.data !== undefined);
  // Rebuilt each render (a handful of listings): what depends on it is cheap to plan again.
  const holders = allRead ? new Map(purchases.data.map((license, index) => [license.itemId, holderQueries[index]?.data ?? []])) : undefined;
  const failed = holderQueries.find((query) => query.error);
  return {
    licenses: purchases.data,
    holders,
    error: purchases.error ?? failed?.error ?? null,
    refetch: () => {
      void purchases.refetch();
      for (const query of holderQueries) void query.refetch();
    },
  };
}

export type LicensePreset = { itemId: string; entitlement: string };
export const licenseChoiceKey = (preset: LicensePreset) => `${preset.itemId}|${preset.entitlement}`;

/** The licence a bulk assign or revoke is about, and the action once its holders are known. */
export function useLicenseChoice(kind: string, preset?: LicensePreset) {
  const licenseKind = kind === 'assignLicense' || kind === 'revokeLicense' ? kind : null;
  const usage = useLicenseUsage(licenseKind !== null);
  const [choice, setChoice] = useState(preset ? licenseChoiceKey(preset) : '');
  const action = useMemo((): LicenseAction | null => {
    if (!licenseKind || !choice || !usage.licenses || !usage.holders) return null;
    const [itemId = '', entitlement = ''] = choice.split('|');
    const license = usage.licenses.find((candidate) => candidate.itemId === itemId);
    if (!license) return null;
    const holders = new Map((usage.holders.get(itemId) ?? []).map((holder) => [holder.username.toLowerCase(), holder.entitlements]));
    return { kind: licenseKind, license, entitlement, holders };
  }, [choice, licenseKind, usage.holders, usage.licenses]);
  return { usage, choice, setChoice, action };
}
