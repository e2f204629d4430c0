import type { Ref } from 'react';

/** What a member file may be: CSV or text (any delimiter), or the first sheet of an Excel workbook. */
const memberFileTypes = '.csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Props = { ref: Ref<HTMLInputElement>; label: string; onFile: (file: File) => void };

/**
 * The hidden input a "Choose …" button opens for a member file. It forgets each choice once handed over, so the very
 * same file can be chosen again (after a reload, for a plan) and still reports a change.
 */
export function MemberFileInput({ ref, label, onFile }: Props) {
  return (
    <input
      ref={ref}
      type="file"
      accept={memberFileTypes}
      aria-label={label}
      hidden
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
}
