/** 导入页“已加载数据集”部分（列表、删除对话框）的中文文本；展开到 zh.ts。 */
import type { datasetsEn } from './datasets-en';

export const datasetsZh: Record<keyof typeof datasetsEn, string> = {
  'datasets.title': '已加载的数据集',
  'datasets.hint':
    '每个上传或导入的文件是一个数据集。删除数据集只会移除仅由它带来的专利和关系；其他数据集同样记载的内容保留。',
  'datasets.none': '尚未加载任何数据集。',
  'datasets.col.file': '文件',
  'datasets.col.source': '来源',
  'datasets.col.imported': '导入时间',
  'datasets.col.loaded': '读取记录数',
  'datasets.col.projects': '项目数',
  'datasets.delete': '删除',
  'datasets.deleteTitle': '删除数据集',
  'datasets.deleteConfirm': '将删除“{name}”以及仅由它带来的全部专利和关系，且无法撤销。请输入文件名以确认：',
  'datasets.deleteButton': '删除数据集',
  'datasets.deleting': '正在删除…',
  'datasets.deleted': '已删除“{name}”：仅由它带来的 {patents} 件专利和 {links} 条关系。',
  'datasets.cancel': '取消',
  'datasets.unknownSource': '未知',
};
