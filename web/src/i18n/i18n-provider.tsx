import { useQueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { type ReactNode, useEffect, useMemo } from 'react';
import { usePrefersReducedMotion } from '../reduced-motion';
import { FONT_STACK, FONT_STACK_EN, theme } from '../theme';
import { translate, useLang } from './use-t';

export function I18nProvider({ children }: { children: ReactNode }) {
  const lang = useLang();
  const queryClient = useQueryClient();

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    // The page's own CSS reads the same face as antd's components.
    document.documentElement.style.setProperty('--yz-font', lang === 'zh' ? FONT_STACK : FONT_STACK_EN);
    dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
    // Error messages come localised from the server: ask again in the new language.
    void queryClient.refetchQueries({ predicate: (query) => query.state.status === 'error' });
  }, [lang, queryClient]);

  useEffect(() => {
    document.title = translate(lang, 'app.fullName');
  }, [lang]);

  const reducedMotion = usePrefersReducedMotion();
  const localTheme = useMemo(
    () => ({ ...theme, token: { ...theme.token, fontFamily: lang === 'zh' ? FONT_STACK : FONT_STACK_EN, motion: !reducedMotion } }),
    [lang, reducedMotion],
  );

  // No auto space in two-character button labels ("登 录"): it changes the accessible name.
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={localTheme} button={{ autoInsertSpace: false }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
