import { useEffect, useState } from 'react';

import { useDebouncedValue } from './use-debounced-value';

/**
 * Text typed into a search box, committed (trimmed) once typing has settled, so the URL and the portal see
 * one change instead of one per keystroke. Returns the live text and its setter.
 */
export function useDebouncedText(value: string, onCommit: (text: string) => void, delayMs = 300) {
  const [text, setText] = useState(value);
  const debounced = useDebouncedValue(text, delayMs);
  useEffect(() => {
    // Only once typing has settled: a cleared field must not bring back the value typed before.
    if (debounced === text && debounced.trim() !== value.trim()) onCommit(debounced.trim());
  }, [debounced, text, value, onCommit]);
  return [text, setText] as const;
}
