import { useLayoutEffect, useRef, useState } from 'react';

/**
 * A height that takes an element from where it starts down to the bottom of the window (less `bottomGap`), never less
 * than `minimum`; measured again when the window or the page above it changes size.
 */
export function useFillHeight<T extends HTMLElement>(minimum: number, bottomGap = 24) {
  const ref = useRef<T>(null);
  const [height, setHeight] = useState(minimum);
  useLayoutEffect(() => {
    const measure = () => {
      const element = ref.current;
      if (!element) return;
      const top = element.getBoundingClientRect().top + window.scrollY;
      setHeight(Math.max(minimum, Math.floor(window.innerHeight - top - bottomGap)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [minimum, bottomGap]);
  return { ref, height };
}
