/**
 * Display names for scope chips: chain, segment and branch names from the chain tree (in the UI
 * language), applicant names from GET /api/applicants/names, the date basis in words. Offices and
 * class prefixes are shown as written (they are the codes analysts type).
 */
import { DATE_BASES } from '@graph-schema/dto/scope';
import { fetchApplicantNames } from '@web/src/api/applicant-lookup';
import type { Lang, Translate } from '@web/src/i18n';
import { nameIn } from '@web/src/views/navigation/bilingual';
import { chainOfQualifiedId, findInTree, loadChains, loadChainTree } from './chain-tree';
import type { ScopeChip } from './chips';

async function treeName(id: string, lang: Lang): Promise<string | undefined> {
  const tree = await loadChainTree(chainOfQualifiedId(id));
  const found = findInTree(tree, id);
  if (found === undefined) return undefined;
  return nameIn((found.branch ?? found.segment).name, lang, id);
}

async function chainName(id: string, lang: Lang): Promise<string | undefined> {
  const chain = (await loadChains()).find((one) => one.id === id);
  return chain === undefined ? undefined : nameIn(chain.name, lang, id);
}

/**
 * Each chip's text after its value (same order as `chips`). A name that cannot be found (a chain
 * removed since the link was made) falls back to the value itself, so the chip can still be removed.
 */
export async function chipValueNames(
  t: Translate,
  lang: Lang,
  chips: readonly ScopeChip[],
): Promise<string[]> {
  const keys = chips.filter((chip) => chip.field === 'applicants').map((chip) => chip.value);
  const applicants =
    keys.length === 0
      ? new Map<string, string>()
      : new Map((await fetchApplicantNames(keys)).applicants.map((one) => [one.key, one.name]));
  return Promise.all(
    chips.map(async (chip) => {
      switch (chip.field) {
        case 'applicants':
          return applicants.get(chip.value) ?? chip.value;
        case 'chain':
          return (await chainName(chip.value, lang)) ?? chip.value;
        case 'segment':
        case 'branch':
          return (await treeName(chip.value, lang).catch(() => undefined)) ?? chip.value;
        case 'dateBasis': {
          const basis = DATE_BASES.find((one) => one === chip.value);
          return basis === undefined ? chip.value : t(`basis.${basis}`);
        }
        default:
          return chip.value;
      }
    }),
  );
}
