import type { HTMLAttributes, MouseEvent, ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';

/** Elements that handle a click themselves: a click on one of them is not a click on the row. */
const OWN_CLICKS = 'a, button, input, select, textarea, label, summary';

interface LinkRowProps extends Omit<HTMLAttributes<HTMLTableRowElement>, 'onClick'> {
  to: string;
  children: ReactNode;
}

/**
 * A table row that opens `to`. Keyboards and screen readers use the RowLink in one of its cells (a
 * real link: Tab, Enter, open in a new tab); a mouse may click anywhere else on the row as well,
 * except on its own controls or while selecting text.
 */
export function LinkRow({ to, children, ...rest }: LinkRowProps) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLTableRowElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (event.target instanceof Element && event.target.closest(OWN_CLICKS)) return;
    if (window.getSelection()?.toString()) return;
    void navigate(to);
  };
  return (
    <tr {...rest} onClick={onClick}>
      {children}
    </tr>
  );
}

/** The link of a LinkRow, in the cell that names the row. */
export function RowLink({ to, children, testId }: { to: string; children: ReactNode; testId?: string }) {
  return (
    <Link to={to} className="row-link" data-testid={testId}>
      {children}
    </Link>
  );
}
