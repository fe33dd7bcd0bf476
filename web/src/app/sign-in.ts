/**
 * The pages shown before the app when accounts are on: sign in, and choosing one's own password
 * when the current one was set by someone else (the first admin's one-time password, an admin's
 * reset). Both reload the page when done, so the app starts with the new session.
 */
import type { SessionUser } from '@graph-schema/dto/accounts';
import { changePassword, login } from '../api/accounts';
import { RequestError } from '../api/request-error';
import { h } from '../dom/h';
import type { Translate } from '../i18n';
import { readableErrorLine } from '../widgets/status';

function field(label: string, name: string, type: string, autocomplete: string): HTMLElement {
  return h(
    'label',
    { attrs: { class: 'sign-in-field' } },
    h('span', null, label),
    h('input', { attrs: { name, type, autocomplete, required: true } }),
  );
}

function page(t: Translate, title: string, ...content: HTMLElement[]): HTMLElement {
  return h(
    'main',
    { attrs: { class: 'sign-in-page' } },
    h(
      'section',
      { attrs: { class: 'sign-in-card' } },
      h('p', { attrs: { class: 'brand-name' } }, t('app.name')),
      h('h1', null, title),
      ...content,
    ),
  );
}

function formPage(
  t: Translate,
  title: string,
  fields: HTMLElement[],
  submitLabel: string,
  onSubmit: (values: FormData, say: (text: string) => void) => Promise<void>,
  ...notes: HTMLElement[]
): HTMLElement {
  const message = h('p', { attrs: { class: 'form-message', role: 'alert', hidden: true } });
  const say = (text: string) => {
    message.textContent = text;
    message.hidden = false;
  };
  const form = h(
    'form',
    { attrs: { class: 'sign-in-form' } },
    ...fields,
    message,
    h('button', { attrs: { type: 'submit', class: 'button button-primary' } }, submitLabel),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void onSubmit(new FormData(form), say);
  });
  return page(t, title, ...notes, form);
}

export function signInPage(t: Translate): HTMLElement {
  return formPage(
    t,
    t('login.title'),
    [
      field(t('login.user'), 'user', 'text', 'username'),
      field(t('login.password'), 'password', 'password', 'current-password'),
    ],
    t('login.submit'),
    async (values, say) => {
      try {
        await login(String(values.get('user')).trim().toLowerCase(), String(values.get('password')));
        window.location.reload();
      } catch (error) {
        const wrong = error instanceof RequestError && error.code === 'UNAUTHORIZED';
        say(wrong ? t('login.failed') : readableErrorLine(error, t));
      }
    },
    h('p', { attrs: { class: 'sign-in-note' } }, t('login.firstStart')),
  );
}

export function passwordChangePage(t: Translate, user: SessionUser): HTMLElement {
  return formPage(
    t,
    t('password.title'),
    [
      field(t('password.current'), 'current', 'password', 'current-password'),
      field(t('password.new'), 'new', 'password', 'new-password'),
      field(t('password.repeat'), 'repeat', 'password', 'new-password'),
    ],
    t('password.submit'),
    async (values, say) => {
      const next = String(values.get('new'));
      if (next.length < 12) return say(t('password.tooShort'));
      if (next !== String(values.get('repeat'))) return say(t('password.mismatch'));
      try {
        await changePassword(String(values.get('current')), next);
        window.location.reload();
      } catch (error) {
        say(readableErrorLine(error, t));
      }
    },
    h('p', { attrs: { class: 'sign-in-note' } }, t('password.explain')),
    h(
      'p',
      { attrs: { class: 'sign-in-note' } },
      t('account.signedInAs', { name: user.name, role: t(`role.${user.role}`) }),
    ),
  );
}
