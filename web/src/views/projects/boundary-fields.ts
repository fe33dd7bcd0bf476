/**
 * The technology boundary of the project form: chain (GET /api/chains), then its segments and
 * branches (read from the chain's panorama, unscoped) as multi-selects, and CPC/IPC prefixes as text.
 */
import type { ChainPanoramaResponse } from '@graph-schema/dto/chains';
import { fetchChains, fetchPanorama } from '@web/src/api/navigation';
import { h } from '@web/src/dom/h';
import type { Lang, Translate } from '@web/src/i18n';
import { DEFAULT_FILTERS } from '@web/src/scope/filters';
import { readableErrorLine } from '@web/src/widgets/status';
import { nameIn } from '../navigation/bilingual';
import type { ProjectFormValues } from './form-model';

type Option = readonly [value: string, text: string];

function multiSelect(
  name: string,
  options: readonly Option[],
  chosen: readonly string[],
  onChange: (v: string[]) => void,
) {
  const select = h(
    'select',
    {
      attrs: { name, multiple: true, size: Math.min(8, Math.max(3, options.length)) },
      on: { change: () => onChange([...select.selectedOptions].map((option) => option.value)) },
    },
    ...options.map(([value, text]) =>
      h('option', { attrs: { value, selected: chosen.includes(value) } }, text),
    ),
  );
  return select;
}

function treeOptions(
  panorama: ChainPanoramaResponse,
  lang: Lang,
): { segments: Option[]; branches: Option[] } {
  const segments = panorama.segments.map(
    (segment) => [segment.id, nameIn(segment.name, lang, segment.id)] as const,
  );
  const branches = panorama.segments.flatMap((segment) =>
    segment.branches.map((branch) => {
      const indent = '\u3000'.repeat(Math.max(0, branch.level - 1));
      return [branch.id, `${indent}${nameIn(branch.name, lang, branch.id)}`] as const;
    }),
  );
  return { segments, branches };
}

export function boundaryFields(
  t: Translate,
  lang: Lang,
  values: ProjectFormValues,
  signal: AbortSignal,
): HTMLElement {
  const tree = h('div', { attrs: { class: 'boundary-tree' } });
  const drawTree = (chain: string) => {
    if (chain === '') {
      tree.replaceChildren();
      return;
    }
    tree.replaceChildren(h('p', { attrs: { class: 'muted' } }, t('form.loadingChain')));
    fetchPanorama(chain, DEFAULT_FILTERS, undefined, signal)
      .then((panorama) => {
        const { segments, branches } = treeOptions(panorama, lang);
        tree.replaceChildren(
          field(
            t('form.segments'),
            multiSelect('segments', segments, values.segments, (v) => (values.segments = v)),
          ),
          field(
            t('form.branches'),
            multiSelect('branches', branches, values.branches, (v) => (values.branches = v)),
          ),
        );
      })
      .catch((error: unknown) =>
        tree.replaceChildren(h('p', { attrs: { class: 'error' } }, readableErrorLine(error, t))),
      );
  };
  const chainSelect = h(
    'select',
    { attrs: { name: 'chain' } },
    h('option', { attrs: { value: '' } }, t('form.noChain')),
  );
  chainSelect.addEventListener('change', () => {
    values.chain = chainSelect.value;
    values.segments = [];
    values.branches = [];
    drawTree(values.chain);
  });
  fetchChains(undefined, signal)
    .then(({ chains }) => {
      chainSelect.append(
        ...chains.map((chain) =>
          h(
            'option',
            { attrs: { value: chain.id, selected: chain.id === values.chain } },
            nameIn(chain.name, lang, chain.id),
          ),
        ),
      );
    })
    .catch(() => undefined);
  drawTree(values.chain);
  const text = (name: 'cpc' | 'ipc', label: string) => {
    const input = h('input', { attrs: { name, value: values[name], placeholder: t('form.listHint') } });
    input.addEventListener('input', () => (values[name] = input.value));
    return field(label, input);
  };
  return h(
    'fieldset',
    { attrs: { class: 'boundary' } },
    h('legend', null, t('form.boundary')),
    field(t('form.chain'), chainSelect),
    tree,
    text('cpc', t('form.cpc')),
    text('ipc', t('form.ipc')),
  );
}

export function field(label: string, control: HTMLElement): HTMLElement {
  return h(
    'label',
    { attrs: { class: 'field' } },
    h('span', { attrs: { class: 'field-label' } }, label),
    control,
  );
}
