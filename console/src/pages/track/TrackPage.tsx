import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { ordersApi } from '../../api/orders';
import type { TrackedOrder } from '../../api/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { formatDate } from '../../lib/format';
import { useLoad } from '../../lib/useLoad';
import { OrderTimeline } from '../orders/OrderTimeline';
import { inLanguage, OrderStatusBadge, routeText } from '../orders/orderLabels';
import { groupedCode, isCodeShaped } from '../orders/trackingCode';

/**
 * 追踪码查询, public (no session): a code holder sees what the API gives them — category, status,
 * dates, cities, travellers masked to their first character, and the timeline in plain words.
 */
export function TrackPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { code: routeCode = '' } = useParams();
  const [input, setInput] = useState(routeCode ? groupedCode(routeCode) : '');
  const [invalid, setInvalid] = useState(false);
  const wanted = isCodeShaped(routeCode) ? groupedCode(routeCode) : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isCodeShaped(input)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const code = groupedCode(input);
    setInput(code);
    void navigate(`/track/${code}`);
  };

  return (
    <div className="login-page track-page">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <div className="login-card track-card" data-testid="page-track">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            T
          </span>
          <span className="brand-name">{t('common.appName')}</span>
        </div>
        <h1 className="login-title" data-testid="page-title">
          {t('track.title')}
        </h1>
        <p className="login-subtitle">{t('track.subtitle')}</p>
        <form className="track-form" onSubmit={submit} data-testid="track-form" noValidate>
          <div className={invalid ? 'field field-invalid' : 'field'}>
            <label className="field-label" htmlFor="track-code">
              {t('track.codeLabel')}
            </label>
            <div className="input-with-action">
              <input
                id="track-code"
                data-testid="track-code"
                className="mono"
                type="text"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                placeholder={t('track.codePlaceholder')}
                value={input}
                onChange={(e) => setInput(e.target.value)}
                aria-invalid={invalid}
              />
              <button type="submit" className="btn btn-primary" data-testid="track-submit" disabled={!input.trim()}>
                {t('track.submit')}
              </button>
            </div>
            {invalid ? (
              <p className="field-error" role="alert" data-testid="track-invalid">
                {t('track.invalid')}
              </p>
            ) : null}
          </div>
        </form>
        {wanted ? <TrackResult code={wanted} /> : routeCode ? <Notice kind="warning">{t('track.invalid')}</Notice> : null}
        <p className="track-sign-in">
          <Link to="/login" data-testid="track-sign-in">
            {t('track.signIn')}
          </Link>
        </p>
      </div>
    </div>
  );
}

function TrackResult({ code }: { code: string }) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useLoad(() => ordersApi.track(code), `track-${code}`);
  if (loading) return <Loading />;
  if (error instanceof ApiError && error.status === 404)
    return (
      <Notice kind="warning" testId="track-not-found">
        <strong>{t('track.notFound', { code })}</strong>
        <div className="small">{t('track.notFoundHint')}</div>
      </Notice>
    );
  if (error || !data) return <ErrorNotice error={error} onRetry={reload} />;
  return <TrackedOrderView order={data} />;
}

function TrackedOrderView({ order }: { order: TrackedOrder }) {
  const { t } = useTranslation();
  const sameDay = order.serviceEndAt.slice(0, 10) === order.serviceStartAt.slice(0, 10);
  return (
    <div className="track-result" data-testid="track-result" data-status={order.status}>
      <div className="status-strip">
        <span className="mono strong" data-testid="track-result-code">
          {order.trackingCode}
        </span>
        <span>{inLanguage(order.categoryWords)}</span>
        <OrderStatusBadge status={order.status} />
      </div>
      <dl className="summary-grid">
        <div>
          <dt>{t('track.route')}</dt>
          <dd>{routeText(order)}</dd>
        </div>
        <div>
          <dt>{t('track.service')}</dt>
          <dd>
            {formatDate(order.serviceStartAt)}
            {sameDay ? '' : ` – ${formatDate(order.serviceEndAt)}`}
          </dd>
        </div>
        <div>
          <dt>{t('track.travellers')}</dt>
          <dd data-testid="track-travellers">{order.travellers.join('、')}</dd>
        </div>
      </dl>
      <h2 className="subsection-title">{t('track.timeline')}</h2>
      <OrderTimeline entries={order.timeline} emptyText={t('track.timelineEmpty')} />
    </div>
  );
}
