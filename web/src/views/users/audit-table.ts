/** The audit log table of the users view: newest first, filtered by user and action, paged. */
import { AUDIT_ACTIONS, type AuditEntry } from '@graph-schema/dto/accounts';
import { fetchAudit } from '@web/src/api/accounts';
import { h } from '@web/src/dom/h';
import type { MessageKey } from '@web/src/i18n';
import { readableErrorLine } from '@web/src/widgets/status';
import type { ViewContext } from '../types';

const PAGE_SIZE = 25;

function entryRow(entry: AuditEntry, context: ViewContext): HTMLElement {
  const { t } = context;
  return h(
    'tr',
    { attrs: { 'data-action': entry.action } },
    h('td', null, new Date(entry.at).toLocaleString(context.lang === 'zh' ? 'zh-CN' : 'en')),
    h('td', { attrs: { translate: 'no' } }, entry.user ?? '—'),
    h('td', null, t(`audit.action.${entry.action}` as MessageKey)),
    h('td', null, h('code', null, entry.target)),
    h('td', null, t(`audit.outcome.${entry.outcome}` as MessageKey)),
    h('td', null, entry.ip),
  );
}

export function auditSection(context: ViewContext): HTMLElement {
  const { t } = context;
  const user = h('input', { attrs: { name: 'user', placeholder: t('audit.allUsers'), autocomplete: 'off' } });
  const action = h(
    'select',
    { attrs: { name: 'action' } },
    h('option', { attrs: { value: '' } }, t('audit.allActions')),
    ...AUDIT_ACTIONS.map((a) => h('option', { attrs: { value: a } }, t(`audit.action.${a}` as MessageKey))),
  );
  const body = h('tbody');
  const footer = h('p', { attrs: { class: 'audit-paging' } });
  let page = 1;
  const load = async () => {
    try {
      const result = await fetchAudit(
        {
          user: user.value.trim() || undefined,
          action: (action.value || undefined) as AuditEntry['action'] | undefined,
          page,
          pageSize: PAGE_SIZE,
        },
        context.signal,
      );
      const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
      body.replaceChildren(
        ...(result.entries.length
          ? result.entries.map((e) => entryRow(e, context))
          : [h('tr', null, h('td', { attrs: { colspan: 6 } }, t('audit.empty')))]),
      );
      footer.replaceChildren(
        h(
          'button',
          {
            attrs: { type: 'button', class: 'button', disabled: page <= 1 },
            on: {
              click: () => {
                page -= 1;
                void load();
              },
            },
          },
          t('audit.previous'),
        ),
        ` ${t('audit.page', { page, pages, total: result.total })} `,
        h(
          'button',
          {
            attrs: { type: 'button', class: 'button', disabled: page >= pages },
            on: {
              click: () => {
                page += 1;
                void load();
              },
            },
          },
          t('audit.next'),
        ),
      );
    } catch (error) {
      if (!context.signal.aborted) footer.replaceChildren(readableErrorLine(error, t));
    }
  };
  const filters = h(
    'form',
    { attrs: { class: 'audit-filters' } },
    user,
    action,
    h('button', { attrs: { type: 'submit', class: 'button' } }, t('audit.filter')),
  );
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    page = 1;
    void load();
  });
  const head = h(
    'tr',
    null,
    ...(
      ['audit.when', 'audit.user', 'audit.action', 'audit.target', 'audit.outcome', 'audit.address'] as const
    ).map((key) => h('th', null, t(key))),
  );
  void load();
  return h(
    'section',
    { attrs: { class: 'audit-log' } },
    h('h3', null, t('audit.heading')),
    filters,
    h(
      'div',
      { attrs: { class: 'table-scroll-x' } },
      h('table', { attrs: { class: 'data-table audit-table' } }, h('thead', null, head), body),
    ),
    footer,
  );
}
