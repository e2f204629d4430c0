import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';

import { type BulkActionKind, bulkActionTitles } from '../../bulk/bulk-action';

type Props = {
  actions: readonly BulkActionKind[];
  onChoose: (action: BulkActionKind) => void;
  isDisabled?: (action: BulkActionKind) => boolean;
  /** Actions on one member outside the bulk model (e.g. "Reset password"), after the others. */
  extraItems?: readonly { label: string; onSelect: () => void }[];
};

/** The "Actions" button and its menu, for one member or a selection. */
export function MemberActionsMenu({ actions, onChoose, isDisabled, extraItems = [] }: Props) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button
        variant="contained"
        endIcon={<ArrowDropDownIcon />}
        disabled={actions.length === 0 && extraItems.length === 0}
        aria-haspopup="menu"
        onClick={(event) => {
          setAnchor(event.currentTarget);
        }}
      >
        Actions
      </Button>
      <Menu
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => {
          setAnchor(null);
        }}
      >
        {actions.map((action) => (
          <MenuItem
            key={action}
            disabled={isDisabled?.(action) ?? false}
            onClick={() => {
              setAnchor(null);
              onChoose(action);
            }}
          >
            {bulkActionTitles[action]}…
          </MenuItem>
        ))}
        {extraItems.map((item) => (
          <MenuItem
            key={item.label}
            onClick={() => {
              setAnchor(null);
              item.onSelect();
            }}
          >
            {item.label}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
