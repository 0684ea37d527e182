import { useTranslation } from 'react-i18next';
import { simulatorApi } from '../../api/operations';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useLoad } from '../../lib/useLoad';
import { SimulatorBookings } from './SimulatorBookings';
import { SimulatorCommandCard } from './SimulatorCommandCard';
import { SimulatorSettingsCard } from './SimulatorSettingsCard';

/** 供应商模拟器 (operations, simulator.control): fault settings, commands that act now, and the recent bookings. */
export function SimulatorPage() {
  const { t } = useTranslation();
  const settings = useLoad(() => simulatorApi.settings(), 'simulator-settings');
  const bookings = useLoad(() => simulatorApi.bookings(50), 'simulator-bookings');
  return (
    <section data-testid="page-simulator">
      <PageHeader title={t('simulator.title')} subtitle={t('simulator.subtitle')} />
      <ErrorNotice error={settings.error} onRetry={settings.reload} />
      {settings.data ? <SimulatorSettingsCard settings={settings.data} onSaved={settings.reload} /> : settings.loading ? <Loading /> : null}
      <SimulatorCommandCard onDone={bookings.reload} />
      <ErrorNotice error={bookings.error} onRetry={bookings.reload} />
      <SimulatorBookings items={bookings.data ?? []} loading={bookings.loading} onRefresh={bookings.reload} />
    </section>
  );
}
