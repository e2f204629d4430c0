import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';

import { MemberPicker } from '@/components/member-picker';
import type { MemberOption } from '@/lib/arcgis/member-options';

import { FolderChoice } from '../../transfer/components/folder-choice';
import type { FolderStrategy } from '../../types';
import type { AccountChoice, AccountRights } from '../offboarding-status';

export type OffboardingChoicesValue = {
  contentReceiver: MemberOption | null;
  isSameGroupReceiver: boolean;
  groupReceiver: MemberOption | null;
  strategy: FolderStrategy;
  account: AccountChoice;
  /** "Revoke N add-on licences before deleting": without it a member holding licences cannot be deleted. */
  revokeLicences?: boolean;
};

type Props = {
  username: string;
  hasItems: boolean;
  hasGroups: boolean;
  value: OffboardingChoicesValue;
  onChange: (next: OffboardingChoicesValue) => void;
  receiverFolders: readonly string[];
  folderError: string | null;
  errors: { content?: string; groups?: string };
  rights: AccountRights;
  /** Why the portal would refuse the delete whatever moves (add-on licences), or null. */
  deleteBlocker: string | null;
  /** The add-on licences the member holds ("ArcGIS Pro: desktopAdvN"), offered for revoking before a delete. */
  licences?: readonly string[];
};

/** Who receives the content and the groups, where the items land, and what happens to the account. */
export function OffboardingChoices({
  username,
  hasItems,
  hasGroups,
  value,
  onChange,
  receiverFolders,
  folderError,
  errors,
  rights,
  deleteBlocker,
  licences = [],
}: Props) {
  const canRevoke = rights.canDelete && rights.canRevokeLicences === true && licences.length > 0;
  const revoking = canRevoke && value.revokeLicences === true;
  const set = (next: Partial<OffboardingChoicesValue>) => {
    onChange({ ...value, ...next });
  };
  return (
    <Stack spacing={2.5} sx={{ maxWidth: 720 }}>
      {hasItems ? (
        <MemberPicker
          label="Receives the content"
          value={value.contentReceiver}
          onChange={(contentReceiver) => set({ contentReceiver })}
          exclude={username}
          required
          error={errors.content}
        />
      ) : null}
      {hasGroups && hasItems ? (
        <FormControlLabel
          control={<Checkbox checked={value.isSameGroupReceiver} onChange={(event) => set({ isSameGroupReceiver: event.target.checked })} />}
          label="The same member receives the groups"
        />
      ) : null}
      {hasGroups && (!hasItems || !value.isSameGroupReceiver) ? (
        <MemberPicker
          label="Receives the groups"
          value={value.groupReceiver}
          onChange={(groupReceiver) => set({ groupReceiver })}
          exclude={username}
          required
          error={errors.groups}
        />
      ) : null}
      {hasItems ? (
        <FolderChoice value={value.strategy} onChange={(strategy) => set({ strategy })} receiverFolders={receiverFolders} error={folderError} />
      ) : null}
      <FormControl>
        <FormLabel id="account-choice-label">Then, once everything is transferred and verified</FormLabel>
        <RadioGroup aria-labelledby="account-choice-label" value={value.account} onChange={(event) => set({ account: event.target.value as AccountChoice })}>
          <FormControlLabel
            value="delete"
            control={<Radio />}
            label="Delete the account"
            disabled={!rights.canDelete || (deleteBlocker !== null && !revoking)}
          />
          <FormControlLabel value="disable" control={<Radio />} label="Disable the account" disabled={!rights.canDisable} />
          <FormControlLabel value="keep" control={<Radio />} label="Leave the account as it is" />
        </RadioGroup>
      </FormControl>
      {canRevoke ? (
        <Stack spacing={0.5}>
          <FormControlLabel
            control={<Checkbox checked={revoking} onChange={(event) => set({ revokeLicences: event.target.checked })} />}
            label={`Revoke ${String(licences.length)} add-on licence${licences.length === 1 ? '' : 's'} before deleting`}
          />
          <Stack component="ul" sx={{ m: 0, pl: 6 }}>
            {licences.map((licence) => (
              <li key={licence}>{licence}</li>
            ))}
          </Stack>
        </Stack>
      ) : null}
      {rights.canDelete && deleteBlocker && !revoking ? <Alert severity="warning">The account cannot be deleted: {deleteBlocker}</Alert> : null}
      {!rights.canDelete ? (
        <Alert severity="info">
          Your role can transfer content but cannot delete members.{' '}
          {rights.canDisable ? 'You can disable the account instead; ' : 'It cannot disable members either; '}
          ask an administrator to delete the account once everything has moved.
        </Alert>
      ) : null}
    </Stack>
  );
}
