import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Checkbox, Popconfirm, Space, Tag, Upload } from 'antd';
import { useState } from 'react';
import { type AttachmentTarget, attachmentUrl, useDeleteAttachment, useUploadAttachment } from '../api/innovations';
import type { PublicAttachment } from '../api/types';
import { useFormat } from '../lib/use-format';
import { useT } from '../i18n/use-t';
import { errorMessage } from '../lib/form-errors';
import { EmptyState } from './page-state';

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type Item = PublicAttachment & { isInternal?: boolean };

/** Files with download links; with `manage`, an upload (optionally internal) and delete with confirmation. */
export function AttachmentList({
  attachments,
  target,
  manage = false,
  allowInternal = true,
  compact = false,
}: {
  attachments: Item[];
  target?: AttachmentTarget;
  manage?: boolean;
  allowInternal?: boolean;
  compact?: boolean;
}) {
  const { t } = useT();
  const format = useFormat();
  const { message } = App.useApp();
  const [internal, setInternal] = useState(false);
  const uploadMutation = useUploadAttachment(target ?? { kind: 'innovation', id: 0 });
  const remove = useDeleteAttachment();

  const onUpload = (file: File) => {
    uploadMutation.mutate(
      { file, internal: allowInternal && internal },
      { onSuccess: () => void message.success(t('attachment.uploaded', { name: file.name })) },
    );
    return false;
  };

  return (
    <div className="yz-section-stack yz-section-stack--tight">
      {manage && target && (
        <Space wrap>
          <Upload beforeUpload={onUpload} showUploadList={false} maxCount={1}>
            <Button icon={<UploadOutlined aria-hidden="true" />} loading={uploadMutation.isPending} size={compact ? 'small' : 'middle'} data-testid={`upload-${target.kind}-${target.id}`}>
              {compact ? t('attachment.uploadShort') : t('attachment.upload')}
            </Button>
          </Upload>
          {allowInternal && (
            <Checkbox checked={internal} onChange={(event) => setInternal(event.target.checked)} data-testid="attachment-internal">
              {t('attachment.internal')}
            </Checkbox>
          )}
          {!compact && <span className="yz-muted yz-small">{t('attachment.uploadHint')}</span>}
        </Space>
      )}
      {manage && uploadMutation.isError && <Alert type="error" showIcon role="alert" title={errorMessage(uploadMutation.error)} />}
      {remove.isError && <Alert type="error" showIcon role="alert" title={errorMessage(remove.error)} />}
      {attachments.length === 0 ? (
        compact ? null : <EmptyState description={t('attachment.empty')} />
      ) : (
        <ul className="yz-file-list">
          {attachments.map((file) => (
            <li key={file.id} data-testid={`attachment-${file.id}`}>
              <PaperClipOutlined aria-hidden="true" />
              <a href={attachmentUrl(file.id)} download={file.fileName}>
                {file.fileName}
              </a>
              {file.isInternal && <Tag bordered={false}>{t('attachment.internal')}</Tag>}
              <span className="yz-muted yz-small">
                {formatSize(file.sizeBytes)} · {format.dateTime(file.createdAt)}
              </span>
              {manage && (
                <Popconfirm
                  title={t('attachment.deleteConfirm', { name: file.fileName })}
                  description={t('platforms.transitionIrreversible')}
                  okText={t('attachment.delete')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove.mutateAsync(file.id).then(() => void message.success(t('attachment.deleted')))}
                >
                  <Button size="small" type="text" danger icon={<DeleteOutlined aria-hidden="true" />} aria-label={`${t('attachment.delete')} ${file.fileName}`} />
                </Popconfirm>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
