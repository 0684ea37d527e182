import { useEffect, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DrawerProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
}

/** A panel sliding in from the right over the page; Escape or the backdrop closes it. */
export function Drawer({ title, onClose, children, testId }: DrawerProps) {
  const { t } = useTranslation();
  const titleId = useId();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    // The backdrop is only a mouse shortcut for closing; keyboards use Escape or the close button.
    <div
      className="drawer-backdrop"
      role="presentation"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <aside className="drawer" role="dialog" aria-modal="true" aria-labelledby={titleId} data-testid={testId}>
        <header className="drawer-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="btn btn-ghost btn-small" onClick={onClose} data-testid="drawer-close">
            {t('common.close')}
          </button>
        </header>
        <div className="drawer-body">{children}</div>
      </aside>
    </div>
  );
}
