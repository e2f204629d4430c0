import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';
import type { MemberOption } from '@/lib/arcgis/member-options';

import { groupQueries } from './api/group-queries';
import { parseUsernameList } from './parse-username-list';

export type MembersResolution = {
  /** Organization members, spelled as the portal spells them, in the order given. */
  usernames: string[];
  /** Names the organization does not have: reported, never sent. */
  unknown: string[];
  duplicates: string[];
};

/** Most names one run takes (a pasted column from a spreadsheet fits easily). */
export const MAX_MEMBERS_PER_RUN = 2_000;

/** The members an admin is about to add: picked from the search-as-you-type list and/or pasted. */
export function useMembersDraft() {
  const session = usePortalSession();
  const [picked, setPicked] = useState<MemberOption[]>([]);
  const [pasted, setPasted] = useState('');
  const [checkedNames, setCheckedNames] = useState<string[] | null>(null);
  const [tooMany, setTooMany] = useState(false);
  const parsed = parseUsernameList([...picked.map((member) => member.username), pasted].join('\n'));
  const lookup = useQuery({
    ...groupQueries.orgUsernames(session, checkedNames ?? []),
    enabled: checkedNames !== null && checkedNames.length > 0,
  });

  const resolution: MembersResolution | null =
    checkedNames !== null && lookup.data
      ? {
          usernames: checkedNames.flatMap((name) => {
            const found = lookup.data.get(name.toLowerCase());
            return found ? [found] : [];
          }),
          unknown: checkedNames.filter((name) => !lookup.data.has(name.toLowerCase())),
          duplicates: parsed.duplicates,
        }
      : null;

  return {
    picked,
    setPicked: (next: MemberOption[]) => {
      setPicked(next);
      setCheckedNames(null);
    },
    pasted,
    setPasted: (next: string) => {
      setPasted(next);
      setCheckedNames(null);
    },
    /** Usernames entered so far (deduplicated). */
    entered: parsed.usernames,
    tooMany,
    check: () => {
      setTooMany(parsed.usernames.length > MAX_MEMBERS_PER_RUN);
      setCheckedNames(parsed.usernames.length > MAX_MEMBERS_PER_RUN ? null : parsed.usernames);
    },
    checked: checkedNames !== null,
    isChecking: checkedNames !== null && lookup.isFetching,
    checkError: lookup.isError ? lookup.error.message : null,
    resolution,
  };
}

export type MembersDraft = ReturnType<typeof useMembersDraft>;
