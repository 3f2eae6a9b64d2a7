import { Typography } from 'antd';
import { Fragment } from 'react';
import { useT } from '../i18n/use-t';

const URL_PATTERN = /(https?:\/\/[^\s；;，,）)]+)/g;

/**
 * A record's source as a reader cites it, with its web addresses as links. `note` (the
 * working notes behind it) is shown only where the API sent it, i.e. to staff in scope.
 */
export function SourceCitation({ source, note, label }: { source: string | null; note?: string | null; label?: string }) {
  const { t } = useT();
  if (!source && !note) return null;
  return (
    <div className="yz-source">
      {source && (
        <Typography.Paragraph type="secondary" className="yz-source__citation">
          {t('common.labelled', { label: label ?? t('source.label') })}
          {source.split(URL_PATTERN).map((part, index) =>
            index % 2 === 1 ? (
              <a key={index} href={part} target="_blank" rel="noopener noreferrer nofollow">
                {part}
              </a>
            ) : (
              <Fragment key={index}>{part}</Fragment>
            ),
          )}
        </Typography.Paragraph>
      )}
      {note && (
        <Typography.Paragraph type="secondary" className="yz-source__note yz-small" data-testid="source-note">
          {t('common.labelled', { label: t('source.note') })}<span className="yz-prose">{note}</span>
        </Typography.Paragraph>
      )}
    </div>
  );
}
