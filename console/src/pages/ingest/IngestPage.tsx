import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { useUrlParams } from '../../lib/urlParams';
import { DeadLetters } from './DeadLetters';
import { IngestRejects } from './IngestRejects';
import { StoredEvents } from './StoredEvents';

const TABS = ['dead', 'rejects', 'events'] as const;
type Tab = (typeof TABS)[number];

/** 事件接入 (operations, ingest.manage): dead letters and their replay, rejects and their dismissal, the stored events. */
export function IngestPage() {
  const { t } = useTranslation();
  const [params, setParam] = useUrlParams();
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'dead';
  return (
    <section data-testid="page-ingest">
      <PageHeader title={t('ingest.title')} subtitle={t('ingest.subtitle')} />
      <Tabs
        testId="ingest-tabs"
        label={t('ingest.title')}
        value={tab}
        tabs={TABS.map((id) => ({ id, label: t(`ingest.tabs.${id}`) }))}
        onChange={(id) => setParam('tab', id === 'dead' ? '' : id)}
      />
      <div className="tab-panel">{tab === 'dead' ? <DeadLetters /> : tab === 'rejects' ? <IngestRejects /> : <StoredEvents />}</div>
    </section>
  );
}
