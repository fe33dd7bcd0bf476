/** Languages, translation lookup and number formatting. Pure: the caller passes navigator.language in. */
import { en, type MessageKey, type Messages } from './en';
import { zh } from './zh';

export type { MessageKey } from './en';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const MESSAGES: Record<Lang, Messages> = { zh, en };

export type TranslationParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslationParams) => string;

export function isLang(value: string | null | undefined): value is Lang {
  return value !== null && value !== undefined && (LANGS as readonly string[]).includes(value);
}

/** Any Chinese locale (zh, zh-CN, zh-Hant-TW …) gets the Chinese UI; everything else English. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Replaces `{name}` placeholders; an unknown placeholder is left visible so the gap gets noticed. */
export function interpolate(template: string, params: TranslationParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function createTranslator(lang: Lang): Translate {
  const messages = MESSAGES[lang];
  return (key, params) => interpolate(messages[key], params);
}

/** The locale tag used for Intl formatting of each UI language. */
export function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

export function formatInteger(value: number, lang: Lang): string {
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 0 }).format(value);
}
