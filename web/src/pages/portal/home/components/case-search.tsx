import { Input } from 'antd';
import { LIMITS } from '@shared/limits';
import { useNavigate } from 'react-router';
import { useT } from '../../../../i18n/use-t';

/** The home page's way into the case library: words in, /cases?q= out. */
export function CaseSearch() {
  const { t } = useT();
  const navigate = useNavigate();
  return (
    <form role="search" className="yz-hero__search" onSubmit={(event) => event.preventDefault()}>
      <Input.Search
        size="large"
        allowClear
        maxLength={LIMITS.searchQueryMax}
        placeholder={t('home.searchPlaceholder')}
        aria-label={t('home.search')}
        enterButton={t('home.searchButton')}
        data-testid="home-search"
        style={{ width: '100%' }}
        onSearch={(value) => {
          const q = value.trim();
          void navigate(q ? `/cases?q=${encodeURIComponent(q)}` : '/cases');
        }}
      />
    </form>
  );
}
