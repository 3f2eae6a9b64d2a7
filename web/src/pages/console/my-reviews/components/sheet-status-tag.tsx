import { Tag } from 'antd';
import type { ScoreSheet } from '../../../../api/types';
import { useT } from '../../../../i18n/use-t';

export function SheetStatusTag({ sheet }: { sheet: ScoreSheet | null }) {
  const { t } = useT();
  if (!sheet) return <Tag data-status="none">{t('myReviews.sheetNone')}</Tag>;
  if (sheet.status === 'draft') return <Tag color="orange" data-status="draft">{t('myReviews.sheetDraft')}</Tag>;
  return <Tag color="green" data-status="submitted">{t('myReviews.sheetSubmitted')}</Tag>;
}
