/** The three parts of the applicant curation view: suggestions with evidence, a hand merge, the history. */
import type {
  MergeRecord,
  MergeSuggestion,
  SuggestionReason,
  SuggestionsResponse,
} from '@graph-schema/dto/applicant-curation';
import type { ApplicantRef } from '@graph-schema/dto/project';
import { h } from '@web/src/dom/h';
import { formatInteger, type Lang, type Translate } from '@web/src/i18n';
import { applicantTypeahead } from '@web/src/widgets/applicant-typeahead';

export interface CurationActions {
  merge(into: string, members: string[]): void;
  undo(group: string): void;
  split(group: string, member: string): void;
}

/** One sentence per reason: the kind in words, its data (spellings, word pairs, family ids) quoted. */
export function reasonText(reason: SuggestionReason, t: Translate, lang: Lang): string {
  const [first = '', second = '', third = ''] = reason.detail;
  switch (reason.kind) {
    case 'sameKey':
      return t('curation.reason.sameKey', { a: second, b: third });
    case 'abbreviation': {
      const words = reason.detail.slice(0, -2);
      const [a = '', b = ''] = reason.detail.slice(-2);
      return t('curation.reason.abbreviation', { words: words.join(', '), a, b });
    }
    case 'acronym':
      return t('curation.reason.acronym', { a: first, b: second });
    default:
      return t(`curation.reason.${reason.kind}`, {
        families: formatInteger(reason.families, lang),
        examples: reason.detail.slice(0, 3).join(', '),
      });
  }
}

function party(label: string, name: string, families: number, t: Translate, lang: Lang) {
  return h(
    'span',
    { attrs: { class: 'curation-party' } },
    h('span', { attrs: { class: 'curation-role' } }, label),
    ' ',
    h('strong', { attrs: { translate: 'no' } }, name),
    ` (${t('curation.families', { families: formatInteger(families, lang) })})`,
  );
}

function suggestionItem(s: MergeSuggestion, t: Translate, lang: Lang, actions: CurationActions) {
  return h(
    'li',
    { attrs: { class: 'curation-suggestion', 'data-into': s.into.key, 'data-member': s.member.key } },
    h(
      'div',
      { attrs: { class: 'curation-pair' } },
      party(t('curation.into'), s.into.name, s.into.families, t, lang),
      ' ← ',
      party(t('curation.member'), s.member.name, s.member.families, t, lang),
      ' ',
      h(
        'button',
        {
          attrs: { type: 'button', class: 'curation-merge' },
          on: { click: () => actions.merge(s.into.key, [s.member.key]) },
        },
        t('curation.merge'),
      ),
    ),
    h(
      'ul',
      { attrs: { class: 'curation-reasons' } },
      ...s.reasons.map((r) => h('li', null, reasonText(r, t, lang))),
    ),
  );
}

export function suggestionsSection(
  data: SuggestionsResponse,
  t: Translate,
  lang: Lang,
  actions: CurationActions,
): HTMLElement {
  const count = t('curation.suggestions.count', {
    shown: formatInteger(data.suggestions.length, lang),
    total: formatInteger(data.total, lang),
    entities: formatInteger(data.entities, lang),
  });
  return h(
    'section',
    { attrs: { class: 'curation-suggestions' } },
    h('h3', null, t('curation.suggestions')),
    data.suggestions.length === 0
      ? h('p', null, t('curation.suggestions.none'))
      : h('p', { attrs: { class: 'totals' } }, count),
    h('ul', null, ...data.suggestions.map((s) => suggestionItem(s, t, lang, actions))),
  );
}

/** Two type-aheads (any spelling or alias finds an applicant) and a Merge button. */
export function manualSection(
  t: Translate,
  lang: Lang,
  actions: CurationActions,
  warn: (text: string) => void,
) {
  let into: ApplicantRef | undefined;
  let member: ApplicantRef | undefined;
  const chosen = (ref: ApplicantRef | undefined) => h('span', { attrs: { class: 'chip' } }, ref?.name ?? '—');
  const intoChip = h('span', { attrs: { class: 'curation-chosen', 'data-role': 'into' } }, chosen(undefined));
  const memberChip = h(
    'span',
    { attrs: { class: 'curation-chosen', 'data-role': 'member' } },
    chosen(undefined),
  );
  const exclude = () => [into?.key, member?.key].filter((key): key is string => key !== undefined);
  const picker = (label: string, name: string, pick: (ref: ApplicantRef) => void) =>
    applicantTypeahead({ t, lang, label, name, exclude, onPick: pick });
  const button = h(
    'button',
    {
      attrs: { type: 'button', class: 'curation-manual-merge' },
      on: {
        click: () => {
          if (!into || !member) return warn(t('curation.manual.pickBoth'));
          actions.merge(into.key, [member.key]);
        },
      },
    },
    t('curation.merge'),
  );
  return h(
    'section',
    { attrs: { class: 'curation-manual' } },
    h('h3', null, t('curation.manual')),
    h(
      'div',
      { attrs: { class: 'curation-manual-row' } },
      picker(t('curation.manual.into'), 'curation-into', (ref) => {
        into = ref;
        intoChip.replaceChildren(chosen(ref));
      }),
      intoChip,
      picker(t('curation.manual.member'), 'curation-member', (ref) => {
        member = ref;
        memberChip.replaceChildren(chosen(ref));
      }),
      memberChip,
      button,
    ),
  );
}

function memberLine(
  record: MergeRecord,
  m: MergeRecord['members'][number],
  t: Translate,
  actions: CurationActions,
) {
  const at = m.undoneAt?.slice(0, 16).replace('T', ' ') ?? '';
  const state = m.active
    ? t('curation.active')
    : t(m.undoneHow === 'split' ? 'curation.split.done' : 'curation.undone', { who: m.undoneBy ?? '', at });
  const split =
    m.active && record.members.filter((x) => x.active).length > 1
      ? h(
          'button',
          {
            attrs: { type: 'button', class: 'button-link' },
            on: { click: () => actions.split(record.group, m.key) },
          },
          t('curation.split'),
        )
      : null;
  return h(
    'li',
    { attrs: { 'data-member': m.key } },
    h('span', { attrs: { translate: 'no' } }, m.name),
    ` — ${state} `,
    split,
  );
}

export function historySection(merges: readonly MergeRecord[], t: Translate, actions: CurationActions) {
  const th = (key: Parameters<Translate>[0]) => h('th', { attrs: { scope: 'col' } }, t(key));
  const rows = merges.map((record) =>
    h(
      'tr',
      { attrs: { 'data-group': record.group, class: record.active ? 'merge-active' : 'merge-undone' } },
      h('td', null, record.at.slice(0, 16).replace('T', ' ')),
      h('td', { attrs: { translate: 'no' } }, record.who),
      h('td', { attrs: { translate: 'no' } }, record.why),
      h('td', { attrs: { translate: 'no' } }, record.into.name),
      h('td', null, h('ul', null, ...record.members.map((m) => memberLine(record, m, t, actions)))),
      h(
        'td',
        null,
        record.active
          ? h(
              'button',
              {
                attrs: { type: 'button', class: 'curation-undo' },
                on: { click: () => actions.undo(record.group) },
              },
              t('curation.undo'),
            )
          : null,
      ),
    ),
  );
  const table = h(
    'table',
    { attrs: { class: 'data-table curation-history' } },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        th('curation.history.when'),
        th('curation.history.who'),
        th('curation.history.why'),
        th('curation.history.entity'),
        th('curation.history.members'),
        th('curation.history.state'),
      ),
    ),
    h('tbody', null, ...rows),
  );
  return h(
    'section',
    { attrs: { class: 'curation-merges' } },
    h('h3', null, t('curation.history')),
    merges.length > 0 ? table : h('p', null, t('curation.history.none')),
  );
}
