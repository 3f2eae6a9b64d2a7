import { Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/use-t';

export function NotFoundPage() {
  const { t } = useT();
  return (
    <Result
      status="404"
      title={t('common.notFound')}
      subTitle={t('common.notFoundHint')}
      extra={<Link to="/">{t('common.backHome')}</Link>}
    />
  );
}
