import { useQueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useEffect } from 'react';
import { theme } from '../theme';
import { translate, useLang } from './use-t';

export function I18nProvider({ children }: { children: ReactNode }) {
  const lang = useLang();
  const queryClient = useQueryClient();

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
    // Error messages come localised from the server: ask again in the new language.
    void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
  }, [lang, queryClient]);

  useEffect(() => {
    document.title = translate(lang, 'app.fullName');
  }, [lang]);

  // No auto space in two-character button labels ("登 录"): it changes the accessible name.
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
