import { useCallback, useSyncExternalStore } from 'react';
import type { Label, Lang } from '@shared/enums';
import { type DictKey, dictionaries } from './dictionary';
import { getLang, setLang, subscribeLang } from '../api/lang-store';

export type Vars = Record<string, string | number>;
export type Translate = (key: DictKey, vars?: Vars) => string;

export function translate(lang: Lang, key: DictKey, vars?: Vars): string {
  const text = dictionaries[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}

export function useLang(): Lang {
  return useSyncExternalStore(subscribeLang, getLang, getLang);
}

export function useT() {
  const lang = useLang();
  const t = useCallback<Translate>((key, vars) => translate(lang, key, vars), [lang]);
  const label = useCallback((value: Label) => value[lang], [lang]);
  return { t, label, lang, setLang };
}
