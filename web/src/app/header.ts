/** Product name, view navigation, database status, the signed-in user and the language switch. */
import type { SessionInfo } from '@graph-schema/dto/accounts';
import type { Health } from '../api/health';
import { h } from '../dom/h';
import { LANGS, type Lang, type Translate } from '../i18n';
import type { ViewDefinition } from '../views/types';

/** Each language is named in itself, so a user can find their own whatever the current UI language. */
const LANGUAGE_NAMES: Record<Lang, string> = { zh: '中文', en: 'English' };

export interface HeaderProps {
  t: Translate;
  lang: Lang;
  views: readonly ViewDefinition[];
  currentViewId: string;
  /** undefined while unknown, null when /api/health failed. */
  health: Health | null | undefined;
  /** The search box (app/search-box.ts), placed between the navigation and the status. */
  search: HTMLElement;
  /** Who is signed in (null when the session probe failed); nothing is shown with accounts off. */
  account: SessionInfo | null;
  onView(id: string): void;
  onLang(lang: Lang): void;
  onLogout(): void;
}

/** The signed-in user, the admin's link to the users view, and sign-out. */
function accountArea(props: HeaderProps): HTMLElement | null {
  const user = props.account?.authEnabled ? props.account.user : null;
  if (!user) return null;
  const { t } = props;
  return h(
    'div',
    { attrs: { class: 'account' } },
    h(
      'span',
      { attrs: { class: 'account-user' } },
      t('account.signedInAs', { name: user.name, role: t(`role.${user.role}`) }),
    ),
    user.role === 'admin'
      ? h(
          'button',
          {
            attrs: { type: 'button', class: 'lang-button account-users' },
            on: { click: () => props.onView('users') },
          },
          t('navLabel.users'),
        )
      : null,
    h(
      'button',
      {
        attrs: { type: 'button', class: 'lang-button account-logout' },
        on: { click: () => props.onLogout() },
      },
      t('account.logout'),
    ),
  );
}

function navigation(props: HeaderProps): HTMLElement {
  const links = props.views
    .filter((view) => view.inNav !== false)
    .map((view) => {
      const current = view.id === props.currentViewId;
      return h(
        'a',
        {
          attrs: {
            href: `?view=${view.id}`,
            class: 'nav-link',
            title: props.t(view.titleKey),
            'aria-current': current ? 'page' : undefined,
          },
          on: {
            click: (event) => {
              // Keep ordinary link behaviour (new tab with a modifier); only plain clicks stay in-app.
              if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
              event.preventDefault();
              props.onView(view.id);
            },
          },
        },
        props.t(view.navKey),
      );
    });
  return h('nav', { attrs: { class: 'nav', 'aria-label': 'views' } }, ...links);
}

export function healthBadge(t: Translate, health: Health | null | undefined): HTMLElement {
  if (health === undefined) return h('span', { attrs: { class: 'health' } });
  const state = health === null ? 'unknown' : health.database.reachable ? 'ok' : 'down';
  const text = t(state === 'ok' ? 'health.ok' : state === 'down' ? 'health.down' : 'health.unknown');
  // The tooltip names the database and, when it is down, the driver's reason — the server sends
  // both only to an admin (or the local user when accounts are off); others see the state alone.
  const tooltip = [health?.database.uri, health?.database.error].filter(Boolean).join(' — ');
  return h('span', { attrs: { class: `health health-${state}`, title: tooltip } }, text);
}

function languageSwitch(props: HeaderProps): HTMLElement {
  const buttons = LANGS.map((lang) =>
    h(
      'button',
      {
        attrs: { type: 'button', class: 'lang-button', lang, 'aria-pressed': String(lang === props.lang) },
        on: { click: () => props.onLang(lang) },
      },
      LANGUAGE_NAMES[lang],
    ),
  );
  return h(
    'div',
    { attrs: { class: 'lang-switch', role: 'group', 'aria-label': props.t('app.language') } },
    ...buttons,
  );
}

export function createHeader(props: HeaderProps): HTMLElement {
  return h(
    'header',
    { attrs: { class: 'app-header' } },
    h(
      'div',
      { attrs: { class: 'brand' } },
      h('span', { attrs: { class: 'brand-name' } }, props.t('app.name')),
      h('span', { attrs: { class: 'brand-tagline' } }, props.t('app.tagline')),
    ),
    navigation(props),
    props.search,
    h(
      'div',
      { attrs: { class: 'header-end' } },
      healthBadge(props.t, props.health),
      accountArea(props),
      languageSwitch(props),
    ),
  );
}
