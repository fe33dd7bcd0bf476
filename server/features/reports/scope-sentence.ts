/** The project's scope in one sentence of the report's language: boundary, offices, years. */
import type { ReportContext } from './report-context';

export function scopeSentence(ctx: ReportContext): string {
  const { definition } = ctx.project;
  const zh = ctx.language === 'zh';
  const parts: string[] = [];
  const b = definition.boundary;
  if (b.chain) parts.push(ctx.tr({ zh: `产业链 ${b.chain}`, en: `chain ${b.chain}` }));
  if (b.segments.length > 0)
    parts.push(ctx.tr({ zh: `环节 ${b.segments.join('、')}`, en: `segments ${b.segments.join(', ')}` }));
  if (b.branches.length > 0)
    parts.push(ctx.tr({ zh: `技术分支 ${b.branches.join('、')}`, en: `branches ${b.branches.join(', ')}` }));
  if (b.cpc.length > 0) parts.push(`CPC ${b.cpc.join(zh ? '、' : ', ')}`);
  if (b.ipc.length > 0) parts.push(`IPC ${b.ipc.join(zh ? '、' : ', ')}`);
  parts.push(
    definition.offices.length > 0
      ? ctx.tr({
          zh: `受理局 ${definition.offices.join('、')}`,
          en: `offices ${definition.offices.join(', ')}`,
        })
      : ctx.tr({ zh: '全部受理局', en: 'all offices' }),
  );
  const { from, to } = definition.years;
  parts.push(
    from === null && to === null
      ? ctx.tr({ zh: '全部年份', en: 'all years' })
      : ctx.tr({ zh: `${from ?? '…'}–${to ?? '…'} 年`, en: `years ${from ?? '…'}–${to ?? '…'}` }),
  );
  return parts.join(zh ? '；' : '; ');
}
