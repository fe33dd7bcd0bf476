/** Chinese renderings of the API's explanation codes: the same keys as explanations-en.ts (typed). */
import { FAMILY_UNIT } from '@graph-schema/vocabulary/family';
import type { explanationsEn } from './explanations-en';

/** The count unit as every basis sentence names it (graph-schema/vocabulary/family.ts). */
const FAMILIES = FAMILY_UNIT.zh;

export const explanationsZh: Record<keyof typeof explanationsEn, string> = {
  'explain.gap.large': '规模大：{fieldFamilies} 个同族 ≥ 均值 {mean}',
  'explain.gap.fastGrowing': '增长快：近三年增长 {growth}',
  'explain.gap.fastGrowingFromZero': '增长快：近三年从零起步',
  'explain.gap.hot': '热点分支',
  'explain.gap.weakRta': '自有 RTA {rta} < 1，相对劣势',
  'explain.gap.fewOwnFamilies': '自有同族少：{ownFamilies} < {ownLowBelow}',
  'explain.gap.strongRta': '自有 RTA {rta} ≥ 1，相对优势',
  'explain.gap.noOwnFamilies': '本分支 {fieldFamilies} 个同族中无自有申请',
  'explain.gap.officeGap': '该局布局不足：行业 {fieldShare} 的受理局申请在此，目标仅 {ownShare}',
  'explain.gap.rule.large': '大分支：同族数不低于产业链非空末级分支的均值。',
  'explain.gap.rule.fastGrowing':
    '快速增长：三年增长率 > {minGrowth}（或从零起步），且近三年同族 ≥ {minRecentFamilies} 个。',
  'explain.gap.competitorAhead':
    '竞争对手领先：{competitor} 有 {competitorFamilies} 个同族，达到目标 {targetFamilies} 个的 {k} 倍以上',
  'explain.gap.onlyCompetitors': '仅竞争对手布局：{competitors}；目标无同族',
  'explain.gap.targetLeads':
    '目标领先所选全部竞争对手：{targetFamilies} 个同族，最多的竞争对手 {competitor} 为 {competitorFamilies} 个',
  'explain.gap.rule.competitors':
    '相对竞争对手：某竞争对手在分支内的同族数达到目标的 {k} 倍以上（目标 > 0）为“竞争对手领先”；目标无同族而竞争对手有为“仅竞争对手布局”；目标多于每个所选竞争对手为“目标领先”。',
  'explain.gap.rule.recommendation':
    '建议优先级：重要分支中竞争对手领先或仅竞争对手布局为高；其他分支中如此，或无竞争压力的高优先级空白为中；其余布局空白（含目标领先者）为低；同级按分支规模从大到小。',
  'explain.gap.rule.gap':
    '布局空白：重要（规模大、增长快或热点）分支中，自有 RTA < 1 或自有同族数 < {ownLowBelow}；分支规模大且增长快，或无自有同族时为高优先级。',
  'explain.gap.rule.strength': '优势分支：重要分支中 RTA ≥ 1 且自有同族数 ≥ {ownLowBelow}。',
  'explain.gap.rule.watch': '关注：非重要分支中，他人有申请而目标没有。',
  'explain.gap.rule.geographic':
    '地域布局空白：占行业受理局申请 ≥ {minFieldShare} 的受理局中，目标的占比不到行业的一半。',
  'explain.chain.fewFamilies': '同族数少：{families} < {weakBelow}',
  'explain.chain.blank': '空白分支：占末级分支申请的 {shareOfLeafFilings}（< 3%），且近三个完整年度无申请',
  'explain.chain.rule.hot': '热点：占末级分支申请 > 15%，或三年增长 > 50% 且至少 3 个申请人各有 ≥ 3 个同族。',
  'explain.chain.rule.blank': '空白：占末级分支申请 < 3%，且近三个完整年度无申请。',
  'explain.chain.rule.weakLink':
    '薄弱环节：空白分支，或同族数低于薄弱阈值的末级分支（阈值见各分支的“同族数少”说明）。',
  'explain.chain.rule.rta':
    '显示性技术优势 RTA =（分支内自有同族 / 全部末级分支自有同族）/（分支同族 / 全部末级分支同族）；> 1 表示相对专长。',
  'explain.fto.legalStatusMissing': '法律状态缺失：待核查',
  'explain.fto.noClaimText': '无可比对的独立权利要求文本：待核查',
  'explain.fto.claimsNotInExport':
    '导出数据不含该专利的权利要求，无法生成权利要求对比表：待依全文权利要求核查',
  'explain.fto.expired': '已不在有效期内（期限届满）；并非零风险',
  'explain.fto.notInForce': '不在有效状态（{legalStatus}）；并非零风险',
  'explain.fto.pendingFullMatch': '在审申请：权利要求 {claims} 的全部技术特征均有对应',
  'explain.fto.literalMatch': '权利要求 {claims} 的全部技术特征均相同对应',
  'explain.fto.equivalentMatch': '权利要求 {claims}：全部技术特征至少等同对应',
  'explain.fto.elementMissing': '每项独立权利要求均至少缺少一个技术特征（全面覆盖原则）；并非零风险',
  'explain.lifecycle.decline':
    '衰退期：同族数 {familyGrowth}（{earlierFamilies} → {recentFamilies}），年均申请人数 {applicantGrowth}，未增长',
  'explain.lifecycle.emerging': '萌芽期：前三年仅 {earlierFamilies} 个同族，低于基数 {emergingBase}',
  'explain.lifecycle.growth':
    '成长期：同族数 {familyGrowth}（{earlierFamilies} → {recentFamilies}），年均申请人数 {applicantGrowth}，新进入者增加',
  'explain.lifecycle.maturity':
    '成熟期：同族数 {familyGrowth}（{earlierFamilies} → {recentFamilies}），年均申请人数 {applicantGrowth}，既未衰退也未快速增长',
  'explain.lifecycle.rule':
    '近 {windowYears} 个完整年度与此前 {windowYears} 年比较：同族数下降 ≥ {declineDrop} 且申请人数未增长为衰退期；前一窗口同族数 < {emergingBase} 为萌芽期；同族数增长 > {growthFamilies} 且申请人数增长 > {growthApplicants} 为成长期；其余为成熟期。',
  'explain.techEffect.saturated':
    '{cellFamilies} 个同族，若功效均匀分布约为 {expected} 个（仅供参考）：技术功效集中',
  'explain.techEffect.inactive': '该行或该功效列的同族数低于活跃阈值',
  'explain.techEffect.lowCell':
    '该行 {rowFamilies} 个同族，该功效 {effectFamilies} 个；本单元格 {cellFamilies} 个，若功效均匀分布约为 {expected} 个（仅供参考）',
  'explain.techEffect.looseWording': '该行有 {families} 个同族以较弱的表述提及该功效（表述差异）',
  'explain.techEffect.siblingBranch': '兄弟分支有 {families} 个同族提及该功效并点名本分支（分类差异）',
  'explain.techEffect.tooFew':
    '本单元格 {cellFamilies} 个，若功效均匀分布约为 {expected} 个，低于 {minExpected}：样本太少，无法判断',
  'explain.fence.roadblock':
    '外围专利 {patents} 件，权利人 {owners} 个，HHI {hhi}，自有占比 {ownShare}：核心专利周围不足 3 件',
  'explain.fence.wall':
    '外围专利 {patents} 件，权利人 {owners} 个，HHI {hhi}，自有占比 {ownShare}：主要为权利人自己在同一 CPC 大组内的相近变体',
  'explain.fence.jungle':
    '外围专利 {patents} 件，权利人 {owners} 个，HHI {hhi}，自有占比 {ownShare}：权利人众多且无一占主导（HHI < 0.25）',
  'explain.fence.ownFence':
    '外围专利 {patents} 件，权利人 {owners} 个，HHI {hhi}，自有占比 {ownShare}：围绕核心专利的改进，主要由其权利人申请',
  'explain.fence.hostileFence':
    '外围专利 {patents} 件，权利人 {owners} 个，HHI {hhi}，自有占比 {ownShare}：围绕核心专利的改进，主要由他人申请',
  'explain.map.topApplicantsAndClasses':
    '仅显示前 {shownApplicants} 个申请人（共 {totalApplicants} 个）与 {shownClasses} 个 CPC 小类（共 {totalClasses} 个）。',
  'explain.map.topApplicantsAggregated':
    '仅显示前 {shownApplicants} 个申请人（共 {totalApplicants} 个）；其余 {otherApplicants} 个合并为一个节点（无前列申请人的同族）。',
  'explain.map.topFamiliesByCoreScore':
    '按核心度仅显示前 {shownFamilies} 个同族（共 {totalFamilies} 个）；未显示同族之间的引用已省略。',
  'explain.note.growthWindows':
    '三年增长率 = 近三年同族数 / 前三年同族数 − 1；前三年为零时无值。数据最后 {incompleteYears} 年因公开滞后视为不完整，不计入。',
  'explain.note.teamRule':
    '团队 = 前 {topInventors} 名发明人共同发明图的连通分量，两位发明人共有 ≥ {minSharedFamilies} 个同族即相连；主要申请人 = 团队共同同族中出现最多的申请人。',
  'explain.note.techEffectTruncated': '仅读取 {readFamilies}/{totalFamilies} 个同族（按同族号取前列）。',
  'explain.note.techEffectLexicon':
    '功效来自词表术语及中英文功效句式（“提高/降低/实现……”“reduce …”）：词表认识的对象归并为词表功效，其余作为自由功效列；句式未覆盖的表述仍会表现为空单元格，因此候选空白会再检查较宽松的表述。',
  'explain.note.techEffectIndicative': '观测/期望比仅供参考（取整并分档），不是估计值。',
  'explain.note.corePatentsMethod':
    '核心专利按同族计，得分为各归一化指标的加权和（各项贡献之和即得分）。被引次数 = 全图中引用该同族的不同同族数与导出数据给出的成员被引次数最大值中的较大者（二者均为下限），在同组（首个 CPC 小类 × 最早优先权年）内比较；PageRank 基于范围内的同族引证图（d = 0.85），并在优先权日最接近的 1000 个同族中重新标定；核心 = 排名在“核心占比”以内的同族。',
  'explain.note.forwardCitationsBasis':
    '被引次数：{familiesWithCounts} 个同族带有导出数据的被引次数，来源 {exporters}（导出文件不含导出日期；导入于 {loadedFrom} – {loadedTo}，即导出不晚于 {loadedTo}）。采用导出被引次数的同族 {exporterFamilies} 个，采用图谱内施引同族数的 {inCorpusFamilies} 个，二者相等的 {bothFamilies} 个。',
  'explain.note.forwardCitationsInCorpus':
    '被引次数：范围内的导出数据均未给出被引次数，{families} 个同族均按图谱内施引同族数计。',
  'explain.note.componentNoCitationEdges':
    '{component} 无区分度：范围内没有引证关系，所有同族的 PageRank 相同，该指标不参与排序。',
  'explain.note.componentAllEqual':
    '{component} 无区分度：所有同族取值相同（在舍入误差内），该指标不参与排序。',
  'explain.note.ftoMethod':
    '候选：{offices} 的有效、在审（授权后构成风险）或法律状态未知（待核查）且在 {asOf} 及之前未届满的专利；同族以其最相关成员的 BM25 得分计分（标题、摘要和权利要求，任一受理局；描述按同义词表扩展），取相关度下限以上同族在范围内的专利，至多 {maxCandidates} 件，对其独立权利要求逐一比对（全面覆盖原则）。初筛结果，不构成法律意见。',
  'explain.note.ftoMethodWithCpc':
    '候选：{offices} 的有效、在审（授权后构成风险）或法律状态未知（待核查）且在 {asOf} 及之前未届满的专利，且 CPC 分类以 {cpc} 开头；同族以其最相关成员的 BM25 得分计分（标题、摘要和权利要求，任一受理局；描述按同义词表扩展），取相关度下限以上同族在范围内的专利，至多 {maxCandidates} 件，对其独立权利要求逐一比对（全面覆盖原则）。初筛结果，不构成法律意见。',
  'explain.note.ftoMethodWithInactive':
    '候选：{offices} 的有效、在审（授权后构成风险）、失效（评为低：不在有效状态，但失效可能恢复）或法律状态未知（待核查）且在 {asOf} 及之前未届满的专利；同族以其最相关成员的 BM25 得分计分（标题、摘要和权利要求，任一受理局；描述按同义词表扩展），取相关度下限以上同族在范围内的专利，至多 {maxCandidates} 件，对其独立权利要求逐一比对（全面覆盖原则）。初筛结果，不构成法律意见。',
  'explain.note.ftoMethodWithInactiveAndCpc':
    '候选：{offices} 的有效、在审（授权后构成风险）、失效（评为低：不在有效状态，但失效可能恢复）或法律状态未知（待核查）且在 {asOf} 及之前未届满的专利，且 CPC 分类以 {cpc} 开头；同族以其最相关成员的 BM25 得分计分（标题、摘要和权利要求，任一受理局；描述按同义词表扩展），取相关度下限以上同族在范围内的专利，至多 {maxCandidates} 件，对其独立权利要求逐一比对（全面覆盖原则）。初筛结果，不构成法律意见。',
  'explain.note.ftoRelevanceFloor':
    '相关度下限：同族得分不低于最高同族得分的 {minSharePercent}%，且至少命中描述中的 {minMatchedConcepts} 个概念才列出；低于下限的 {belowFloor} 件范围内专利只计数、不列出。',
  'explain.note.fenceMethodDirect':
    '外围专利：优先权日晚于核心专利且在 {windowYears} 年内、直接引用核心专利，或与其同属 CPC 大组且 BM25 文本相似度 ≥ 核心专利自身得分 {minSimilarity} 倍（标题 + 摘要 + 首项权利要求）的在后专利。自有围栏 = 核心专利权利人或申请人的专利；他人围栏 = 其余。',
  'explain.note.fenceMethodTwoHops':
    '外围专利：优先权日晚于核心专利且在 {windowYears} 年内、直接或经一件中间专利引用核心专利，或与其同属 CPC 大组且 BM25 文本相似度 ≥ 核心专利自身得分 {minSimilarity} 倍（标题 + 摘要 + 首项权利要求）的在后专利。自有围栏 = 核心专利权利人或申请人的专利；他人围栏 = 其余。',
  'explain.basis.landscape': `计数单位为${FAMILIES}，每个同族只计一次，按范围内成员最早的{dateBasis}归年。`,
  'explain.basis.trends': `按{dateBasis}归年。申请量按申请号去重，计入其在范围内各公开文本中最早的年份；授权量为其中有授权文本者；同族为${FAMILIES}，按成员最早年份归年。`,
  'explain.basis.composition': `按范围内${FAMILIES}计数（按{dateBasis}归年）；同族在其每个分类、分支或领域中各计一次。`,
  'explain.basis.geography': `按${FAMILIES}计数（按{dateBasis}归年）；来源国取首个优先权号的国别，否则取最早成员的受理局；同族在范围内有成员提交的每个受理局各计一次。`,
  'explain.basis.applicants': `按申请人统计${FAMILIES}（共同申请的同族为每个申请人各计一次），按{dateBasis}归年。`,
  'explain.basis.inventors': `按发明人统计${FAMILIES}，按{dateBasis}归年。`,
  'explain.basis.legal': '法律状态取自数据源，归为有效 / 在审 / 失效 / 未知；范围的年份按{dateBasis}。',
  'explain.basis.panorama': `计数单位为${FAMILIES}（含下级分支），按{dateBasis}归年。`,
  'explain.basis.gaps': `计数单位为标注到末级分支的${FAMILIES}，按{dateBasis}归年；申请人为申请人之一即计入。`,
  'explain.basis.techEffect': `单元格为标注到该行分支、且标题、摘要或首项权利要求（最多 3 个成员，中文或英文）中出现该功效的${FAMILIES}数；范围的年份按{dateBasis}。`,
  'explain.map.measure.applicantCpc': `节点大小与连线粗细 = ${FAMILIES}数（按{dateBasis}归年）。`,
  'explain.map.measure.applicantBranch': `连线粗细 = 申请人在该末级分支的${FAMILIES}数（按{dateBasis}归年）；分支大小 = 其连线之和。`,
  'explain.map.measure.panorama': `节点大小 = 标注到该分支或其下级分支的${FAMILIES}数（按{dateBasis}归年）；连线 = 隶属关系。`,
  'explain.map.measure.citations': `节点：${FAMILIES}，以代表公开号标识；大小 = 默认核心度得分（0–100）；连线：施引同族 → 被引同族，仅限所示同族之间。`,
  'explain.map.measure.mainPath':
    '主路径（{variant}）：同族引证图按知识流向（被引 → 施引）的主路径；连线权重 = SPC（经过该引用的源→汇路径数）；节点大小 = 默认核心度得分；横轴 = 最早优先权年。',
  'explain.map.measure.mainPathKeyRoute':
    '主路径（关键路径，k = {k}）：同族引证图按知识流向（被引 → 施引）的主路径；连线权重 = SPC（经过该引用的源→汇路径数）；节点大小 = 默认核心度得分；横轴 = 最早优先权年。',
  'explain.map.measure.coApplicants': `节点大小 = 与他人共同申请的${FAMILIES}数；连线 = 在同一件专利上共同申请的同族数（按{dateBasis}归年）。`,
  'explain.map.measure.coInventors': `节点大小 = 发明人的${FAMILIES}数；连线 = 两人共同发明的同族数；按{dateBasis}归年。`,
  'explain.map.topCollaborators':
    '仅显示前 {shownApplicants} 个合作申请人（共 {totalApplicants} 个）及其间最强的 {shownLinks} 条连线（共 {totalLinks} 条）。',
  'explain.map.topInventors':
    '按同族数仅显示前 {shownInventors} 位发明人（共 {totalInventors} 位）；其余 {leftOut} 位及其连线未显示。',
  'explain.map.mainPathDroppedLinks':
    '计算路径数前去掉的引用：{againstTime} 条逆时间引用（施引同族的最早优先权日早于被引同族），{inCycles} 条同日或无日期同族之间构成环路的引用（按优先权日、再按编号顺序去掉）。',
  'explain.map.mainPathNoCitations': '无主路径：范围内的 {families} 个同族之间没有引用关系。',
  'explain.map.mainPathEmpty':
    '无主路径：去掉 {againstTime} 条逆时间引用和 {inCycles} 条环路引用后，范围内同族之间的 {citationLinks} 条引用均未保留。',
  'explain.basis.coApplicants': `范围内至少有一个申请人的${FAMILIES}，按{dateBasis}归年；同族中任一件专利有两个及以上申请人即为合作申请；申请人类型按名称判断。`,
  'explain.note.coInventorLinkRule':
    '前 {topInventors} 位发明人中，两人共同发明 ≥ {minSharedFamilies} 个同族即连线。',
  'explain.note.incompleteYears':
    '数据最后 {incompleteYears} 年（{firstYear}–{lastYear}）标为不完整：公开一般滞后申请约 18 个月。',
  'explain.note.compositionShares': '份额合计可超过 1：有多个分类号的同族在每个分类下各计一次。',
  'explain.note.geographyPct': 'PCT 使用率 = 范围内含 WO 公开的同族；排除 WO 的受理局筛选会使其不可见。',
  'explain.note.legalFamilyStatuses':
    '同族成员法律状态不同时在每种状态下各计一次，因此同族数合计可超过总数。',
  'explain.note.legalExpiryWindows':
    '到期窗口统计到期日晚于基准日且在 N 年内的有效公开（窗口为累计）；到期日按自申请日起的法定期限估算（中国发明 20 年、实用新型 10 年、2021-06-01 起申请的外观设计 15 年；美国/欧洲发明 20 年），未计期限调整或延长。',
  'explain.note.applicantTiers':
    '申请人按同族数排名：第一梯队 = 累计达到申请人同族 50% 的领先者（含跨过 50% 者），第二梯队 = 累计至 80%，其余为第三梯队；同族数相同者归入其多数所在的梯队。',
  'explain.note.applicantTiersCollapsed':
    '梯队划分在此不成立：第 {emptyTiers} 梯队为空，因为 {applicants} 个各有 {families} 个同族的申请人合计占申请人同族的 {tieShare}，无法拆分。请参考排名与集中度。',
  'explain.note.applicantConcentration':
    'CR4 = 前 4 名申请人的合计份额；HHI = Σ (100·份额)²，取值 0–10000：< 1000 为低集中度，1000–1800 为中度集中，> 1800 为高度集中（美国 DOJ/FTC 2023）。份额按申请人–同族对计算。',
  'explain.note.lifecycleMeasure': '每年同族数与每年不同申请人数',
  'explain.note.hhiUnconcentrated': '分散（低集中度）',
  'explain.note.hhiModerate': '中度集中',
  'explain.note.hhiHigh': '高度集中',
  'explain.value.fromZero': '从零起步',
  'explain.value.legalStatus.active': '有效',
  'explain.value.legalStatus.pending': '在审',
  'explain.value.legalStatus.inactive': '失效',
  'explain.value.legalStatus.lapsed': '失效',
  'explain.value.legalStatus.expired': '期限届满',
  'explain.value.legalStatus.revoked': '被宣告无效',
  'explain.value.legalStatus.withdrawn': '撤回',
  'explain.value.legalStatus.refused': '驳回',
  'explain.value.legalStatus.international_application': '未生效（PCT 国际申请）',
  'explain.value.legalStatus.unknown': '未知',
  'explain.value.dateBasis.priority': '最早优先权日',
  'explain.value.dateBasis.application': '申请日',
  'explain.value.dateBasis.publication': '公开日',
  'explain.value.variant.local-forward': '局部前向',
  'explain.value.variant.global': '全局',
};
