import type { ReactNode } from 'react';

interface NoticeProps {
  kind: 'error' | 'success' | 'info' | 'warning';
  children: ReactNode;
  testId?: string;
  onDismiss?: () => void;
  dismissLabel?: string;
}

/** An inline message box; errors are announced to screen readers. */
export function Notice({ kind, children, testId, onDismiss, dismissLabel }: NoticeProps) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <div className="notice-body">{children}</div>
      {onDismiss ? (
        <button type="button" className="notice-dismiss" onClick={onDismiss} aria-label={dismissLabel}>
          ×
        </button>
      ) : null}
    </div>
  );
}
