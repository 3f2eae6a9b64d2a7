import { DownloadOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import { useT } from '../i18n/use-t';
import { JobProgress } from './job-progress';

type Files = { pdf: boolean; docx: boolean; renderJobId?: number | null };

/**
 * An issued bulletin's files (PDF, Word), made by a job after 印发: links once they exist; until
 * then a note, and for the office the job's progress.
 */
export function BulletinDownloads({ id, files, audience }: { id: number; files: Files; audience: 'public' | 'staff' }) {
  const { t } = useT();
  const base = audience === 'public' ? `/api/public/bulletins/${id}` : `/api/bulletins/${id}`;
  if (!files.pdf || !files.docx) {
    return (
      <Space orientation="vertical" className="yz-no-print" data-testid="bulletin-files-pending">
        <Typography.Text type="secondary">{t('bulletin.filesPending')}</Typography.Text>
        {files.renderJobId ? <JobProgress id={files.renderJobId} /> : null}
      </Space>
    );
  }
  return (
    <Space className="yz-no-print" wrap>
      <a href={`${base}/export.pdf`} download data-testid="bulletin-download-pdf">
        <DownloadOutlined aria-hidden="true" /> {t('bulletin.downloadPdf')}
      </a>
      <a href={`${base}/export.docx`} download data-testid="bulletin-download-docx">
        <DownloadOutlined aria-hidden="true" /> {t('bulletin.downloadDocx')}
      </a>
    </Space>
  );
}
