/** 技术主题地图视图的中文文案；展开到 zh.ts。 */
import type { topicEn } from './topic-en';

export const topicZh: Record<keyof typeof topicEn, string> = {
  'view.topic-map': '技术主题地图',
  'navLabel.topic-map': '主题地图',

  'topic.computing': '正在计算本范围的技术主题地图……已用 {seconds} 秒（算好后会保留）。',
  'topic.failed': '技术主题地图未能算出，请重试。',
  'topic.chartLabel': '技术主题地图：按文本相似度排布的专利族密度等高线及带标签的高峰',
  'topic.summary':
    '范围内 {families} 族；{clustered} 族按文本归入 {clusters} 个主题簇，共 {peaks} 个高峰。{unclustered} 族缺少可用文本，未放置。',
  'topic.legend':
    '等高线：专利族分布的密度（文本相近者相邻）。灰点：专利族（显示 {total} 族中的 {shown} 族）。点击高峰可列出其专利族。',
  'topic.method':
    '方法：对标题、摘要和权利要求 1 计算 TF-IDF（{vocabulary} 个词；中文分词，英文词干化），球面 k 均值聚类（{clusters} 个簇，随机种子 {seed}，迭代 {iterations} 次），经典多维尺度法排布各簇，在 {grid} × {grid} 网格上用高斯核估计密度。数据与参数相同，地图即相同。',
  'topic.overlay': '叠加申请人',
  'topic.overlayClear': '取消叠加',
  'topic.overlayCount': '{name}：{families} 族（红点）',
  'topic.peakTitle': '主题高峰：{terms}',
  'topic.peak.families': '该高峰的专利族',
  'topic.peak.height': '高度（相对最高峰）',
  'topic.peak.cluster': '主导主题簇（族数）',
  'topic.peak.terms': '该簇的高权重词（簇中心的 TF-IDF 权重）',
  'topic.peak.list': '专利族（最贴近主题者在前）',
  'topic.peak.similarity': '相似度 {value}',
  'topic.peak.more': '再显示 {count} 族',
  'topic.peak.shown': '已显示 {total} 族中的 {shown} 族',
};
