import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { APPROVALS_CHANGED } from '../api/approval';
import { notificationsApi } from '../api/notifications';
import type { AppNotification, NotificationPage } from '../api/types';
import { formatDateTime } from '../lib/format';
import { formatFen } from '../lib/money';

const REFRESH_MS = 60_000;
const TEMPLATES = [
  'approval_requested',
  'approval_reminder',
  'approved',
  'rejected',
  'rejected_to_stage',
  'returned',
  'transferred',
  'commented',
  'withdrawn',
  'cancelled',
  'approval_failed',
  'sign_in_slowed',
  'budget_warning',
  'offboarding_fallback',
] as const;
type Template = (typeof TEMPLATES)[number];

/** Approval notices that read differently when the subject is a budget adjustment, not a travel request. */
const ADJUSTMENT_TEMPLATES = [
  'approval_requested',
  'approval_reminder',
  'approved',
  'rejected',
  'rejected_to_stage',
  'returned',
  'commented',
  'withdrawn',
  'cancelled',
  'approval_failed',
] as const;
type AdjustmentTemplate = (typeof ADJUSTMENT_TEMPLATES)[number];

function isAdjustmentNotice(template: string, data: Record<string, unknown>): template is AdjustmentTemplate {
  return data.subjectType === 'budget_adjustment' && (ADJUSTMENT_TEMPLATES as readonly string[]).includes(template);
}

function isTemplate(value: string): value is Template {
  return (TEMPLATES as readonly string[]).includes(value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A { 'zh-CN', en } label (a budget's 已用 / 剩余 shares) in the viewer's language, if the data has one. */
function labelIn(value: unknown, language: string): string {
  if (typeof value !== 'object' || value === null) return '';
  const labels = value as Record<string, unknown>;
  return str(language.startsWith('en') ? labels.en : labels['zh-CN']);
}

/** The line under the headline: request code · title · stage · amount, from whatever the data carries. */
function subjectLine(data: Record<string, unknown>): string {
  const code = str(data.subjectCode) || str(data.code) || str(data.requestCode);
  const title = str(data.title) || str(data.purpose);
  const stage = str(data.stageName);
  const amount = typeof data.amountFen === 'number' ? formatFen(data.amountFen) : '';
  return [code, title, stage, amount].filter(Boolean).join(' · ');
}

/** The bell in the top bar: unread count, the latest notifications in the viewer's language, read marks. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [page, setPage] = useState<NotificationPage | null>(null);
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  const load = useCallback(() => {
    notificationsApi
      .list()
      .then(setPage)
      .catch(() => {
        // keep what is shown; the bell retries on the next tick
      });
  }, []);

  useEffect(() => {
    load();
  }, [load, pathname]);

  useEffect(() => {
    const timer = window.setInterval(load, REFRESH_MS);
    window.addEventListener(APPROVALS_CHANGED, load);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener(APPROVALS_CHANGED, load);
    };
  }, [load]);

  useEffect(() => {
    if (!open) return undefined;
    const onDown = (event: MouseEvent) => {
      if (box.current && event.target instanceof Node && !box.current.contains(event.target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    window.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      window.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const unread = page?.unread ?? 0;
  const items = page?.items ?? [];

  const choose = async (item: AppNotification) => {
    setOpen(false);
    if (!item.read) {
      await notificationsApi.markRead(item.id).catch(() => undefined);
      load();
    }
    if (item.link) void navigate(item.link);
  };

  const readAll = async () => {
    await notificationsApi.markAllRead().catch(() => undefined);
    load();
  };

  return (
    <div className="bell" ref={box}>
      <button
        type="button"
        className="btn btn-ghost bell-button"
        aria-haspopup="true"
        aria-expanded={open}
        aria-label={t('notifications.title')}
        data-testid="notifications-bell"
        data-unread={unread}
        onClick={() => {
          if (!open) load();
          setOpen(!open);
        }}
      >
        <svg
          width="18"
          height="18"
          viewBox="0 0 24 24"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.73 21a2 2 0 0 1-3.46 0" />
        </svg>
        {unread > 0 ? (
          <span className="bell-count" data-testid="notifications-count">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div className="bell-panel" role="dialog" aria-label={t('notifications.title')} data-testid="notifications-panel">
          <div className="bell-head">
            <strong>{t('notifications.title')}</strong>
            <button
              type="button"
              className="btn btn-link"
              disabled={unread === 0}
              data-testid="notifications-read-all"
              onClick={() => void readAll()}
            >
              {t('notifications.readAll')}
            </button>
          </div>
          {items.length === 0 ? <p className="empty">{t('notifications.empty')}</p> : null}
          <ul className="bell-list">
            {items.map((item) => (
              <li key={item.id}>
                <button
                  type="button"
                  className={item.read ? 'bell-item' : 'bell-item unread'}
                  data-testid="notification-item"
                  data-template={item.template}
                  data-read={item.read}
                  onClick={() => void choose(item)}
                >
                  <span className="bell-item-title">
                    {isAdjustmentNotice(item.template, item.data)
                      ? t(`notifications.budgetAdjustment.${item.template}`)
                      : isTemplate(item.template)
                        ? t(`notifications.template.${item.template}`)
                        : item.template}
                  </span>
                  {subjectLine(item.data) ? <span className="bell-item-subject">{subjectLine(item.data)}</span> : null}
                  {str(item.data.comment) ? <span className="bell-item-subject">“{str(item.data.comment)}”</span> : null}
                  {labelIn(item.data.percentLabel, i18n.language) ? (
                    <span className="bell-item-subject">{labelIn(item.data.percentLabel, i18n.language)}</span>
                  ) : null}
                  <span className="muted small">{formatDateTime(item.createdAt)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
