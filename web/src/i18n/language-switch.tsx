import { Segmented } from 'antd';
import type { Lang } from '@shared/enums';
import { useT } from './use-t';

const OPTIONS: { value: Lang; label: string; title: string }[] = [
  { value: 'zh', label: '中文', title: '简体中文' },
  { value: 'en', label: 'EN', title: 'English' },
];

export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { t, lang, setLang } = useT();
  return (
    <Segmented<Lang>
      size="small"
      aria-label={t('lang.label')}
      className={dark ? 'yz-lang-switch yz-lang-switch--dark' : 'yz-lang-switch'}
      value={lang}
      onChange={setLang}
      options={OPTIONS}
    />
  );
}
