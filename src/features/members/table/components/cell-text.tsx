import type { CSSProperties, ReactNode, SyntheticEvent } from 'react';

// A plain style object, not `sx`: a page of the table has hundreds of these cells.
const oneLine: CSSProperties = { display: 'block', minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' };

/**
 * A table cell's text on one line, cut with an ellipsis where the column is too narrow. When it is cut, the whole
 * value is the element's tooltip (`title`), measured when the pointer or focus arrives, so it follows column resizes.
 */
export function CellText({ text, children }: { text: string; children?: ReactNode }) {
  const titleIfCut = (event: SyntheticEvent<HTMLElement>) => {
    const element = event.currentTarget;
    if (element.scrollWidth > element.clientWidth) element.title = text;
    else element.removeAttribute('title');
  };
  return (
    <span style={oneLine} onMouseEnter={titleIfCut} onFocus={titleIfCut}>
      {children ?? text}
    </span>
  );
}
