import { useLayoutEffect, useRef, useState } from 'react';

/**
 * Sizes an element so that a block ending with it (a toolbar and a table, say) fills the window below a fixed header
 * of `topInset` pixels, less `bottomGap`, never less than `minimum`. `blockRef` marks where the block starts (the
 * element itself when unset). Measured again when the window or the page changes size.
 */
export function useFillHeight<T extends HTMLElement, B extends HTMLElement = HTMLElement>(minimum: number, topInset: number, bottomGap = 16) {
  const ref = useRef<T>(null);
  const blockRef = useRef<B>(null);
  const [height, setHeight] = useState(minimum);
  useLayoutEffect(() => {
    const measure = () => {
      const element = ref.current;
      if (!element) return;
      const above = element.getBoundingClientRect().top - (blockRef.current ?? element).getBoundingClientRect().top;
      setHeight(Math.max(minimum, Math.floor(window.innerHeight - topInset - above - bottomGap)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [minimum, topInset, bottomGap]);
  return { ref, blockRef, height };
}
