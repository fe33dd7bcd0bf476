/** A publication number in a table or list that opens the patent details drawer when clicked. */
import { h } from '../dom/h';
import type { Translate } from '../i18n';

export function patentLink(id: string, t: Translate, openPatent: (id: string) => void): HTMLButtonElement {
  return h(
    'button',
    {
      attrs: {
        type: 'button',
        class: 'link-button patent-link',
        title: t('patent.open', { id }),
        'data-patent-id': id,
      },
      on: { click: () => openPatent(id) },
    },
    id,
  );
}
