import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { Link, useParams } from 'react-router';
import { usePublicBulletin } from '../../../api/bulletins';
import { BulletinDocument } from '../../../components/bulletin-document';
import { BulletinDownloads } from '../../../components/bulletin-downloads';
import { ErrorState, LoadingState } from '../../../components/page-state';
import { useT } from '../../../i18n/use-t';

/** One issued bulletin as a document, its figures as frozen on issue; printable on A4. */
export function PublicBulletinPage() {
  const { t } = useT();
  const { id } = useParams();
  const bulletinId = Number(id);
  const query = usePublicBulletin(Number.isInteger(bulletinId) && bulletinId > 0 ? bulletinId : undefined);
  return (
    <div className="yz-container yz-section-stack">
      <Space className="yz-no-print" style={{ justifyContent: 'space-between', width: '100%' }}>
        <Link to="/bulletins"><ArrowLeftOutlined aria-hidden="true" /> {t('bulletin.back')}</Link>
        <Space wrap>
          {query.data && <BulletinDownloads id={query.data.id} files={query.data.files} audience="public" />}
          <Button icon={<PrinterOutlined aria-hidden="true" />} onClick={() => window.print()} data-testid="bulletin-print">{t('bulletin.print')}</Button>
        </Space>
      </Space>
      {query.isPending ? <LoadingState minHeight={300} /> : query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : <BulletinDocument bulletin={query.data} />}
    </div>
  );
}
