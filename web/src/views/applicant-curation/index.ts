/**
 * Applicant curation (申请人归并, issue 13): merge suggestions with their evidence, a merge by hand
 * through the applicant type-ahead, and the merge history with undo and split. In the top
 * navigation, not inside a project: a merge says two spellings are one party, which holds for every
 * project and every analysis (docs/decisions/2026-12-04-applicant-curation.md).
 */
import type { MergesResponse, SuggestionsResponse } from '@graph-schema/dto/applicant-curation';
import {
  fetchMergeSuggestions,
  fetchMerges,
  postMerge,
  postSplitMember,
  postUndoMerge,
} from '@web/src/api/applicant-curation';
import { h } from '@web/src/dom/h';
import { readableErrorLine } from '@web/src/widgets/status';
import { loadInto } from '../load';
import type { ViewContext, ViewInstance } from '../types';
import { type CurationActions, historySection, manualSection, suggestionsSection } from './sections';
import './curation.css';

const SUGGESTIONS_SHOWN = 50;

interface CurationData {
  suggestions: SuggestionsResponse;
  merges: MergesResponse;
}

export function mount(container: HTMLElement, context: ViewContext): ViewInstance {
  const { t, lang } = context;
  const host = h('div', { attrs: { class: 'nav-view applicant-curation' } });
  const body = h('div', { attrs: { class: 'curation-body' } });
  const status = h('p', { attrs: { class: 'curation-status', role: 'status' } });
  const who = h('input', { attrs: { name: 'who', type: 'text', value: '', autocomplete: 'name' } });
  const why = h('input', { attrs: { name: 'why', type: 'text', value: '' } });
  const field = (label: string, input: HTMLElement) =>
    h('label', { attrs: { class: 'field' } }, label, input);
  host.replaceChildren(
    h('p', { attrs: { class: 'curation-intro' } }, t('curation.intro')),
    h('div', { attrs: { class: 'toolbar' } }, field(t('curation.who'), who), field(t('curation.why'), why)),
    status,
    body,
  );
  container.replaceChildren(host);
  const reload = () =>
    loadInto(body, t, context.signal, {
      load: async (signal): Promise<CurationData> => {
        const [suggestions, merges] = await Promise.all([
          fetchMergeSuggestions(SUGGESTIONS_SHOWN, signal),
          fetchMerges(signal),
        ]);
        return { suggestions, merges };
      },
      isEmpty: () => false,
      render: (data) =>
        body.replaceChildren(
          suggestionsSection(data.suggestions, t, lang, actions),
          manualSection(t, lang, actions, (text) => {
            status.textContent = text;
          }),
          historySection(data.merges.merges, t, actions),
        ),
    });
  const whoValue = () => who.value.trim() || '-';
  const act = (work: () => Promise<unknown>) => {
    status.textContent = '';
    work()
      .then(() => {
        status.textContent = t('curation.saved');
        reload();
      })
      .catch((error) => {
        status.textContent = t('curation.failed', { reason: readableErrorLine(error, t) });
      });
  };
  const actions: CurationActions = {
    merge: (into, members) => act(() => postMerge({ into, members, who: whoValue(), why: why.value.trim() })),
    undo: (group) => act(() => postUndoMerge(group, whoValue())),
    split: (group, member) => act(() => postSplitMember(group, member, whoValue())),
  };
  reload();
  return { destroy: () => host.remove() };
}
