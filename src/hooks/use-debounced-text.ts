import { useEffect, useState } from 'react';

import { useDebouncedValue } from './use-debounced-value';

/**
 * Text typed into a search box, committed (trimmed) once typing has settled, so the URL and the portal see
 * one change instead of one per keystroke. Returns the live text and its setter. When the value changes from
 * outside (a link, back or forward), the box shows it instead of bringing back what was typed before.
 */
export function useDebouncedText(value: string, onCommit: (text: string) => void, delayMs = 300) {
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  const debounced = useDebouncedValue(text, delayMs);
  if (value !== shownValue) {
    // React's "adjust state while rendering". Our own commit comes back equal to the settled text and leaves the
    // box alone (the member may already be typing more); any other change replaces the text.
    setShownValue(value);
    if (value.trim() !== debounced.trim()) setText(value);
  }
  useEffect(() => {
    // Only once typing has settled: a cleared field must not bring back the value typed before.
    if (debounced === text && debounced.trim() !== value.trim()) onCommit(debounced.trim());
  }, [debounced, text, value, onCommit]);
  return [text, setText] as const;
}
