/** 客户工作区（issue 14）的中文文本：管理员的列表与授权、上传与新建项目时的选择；展开到 zh.ts。 */
import type { workspacesEn } from './workspaces-en';

export const workspacesZh: Record<keyof typeof workspacesEn, string> = {
  'workspaces.heading': '客户工作区',
  'workspaces.id': '工作区标识',
  'workspaces.idHint': '1–40 个小写字母、数字或“-”，例如 acme-battery',
  'workspaces.defaultName': '默认工作区',
  'workspaces.name': '名称',
  'workspaces.create': '创建工作区',
  'workspaces.created': '已创建工作区 {name}（{id}）；请在上方表格中授权给用户。',
  'users.workspaces': '工作区',
  'users.allWorkspaces': '全部（管理员）',
  'users.saveGrants': '保存工作区',
  'users.grantsSaved': '已保存 {name} 的工作区。',
  'workspace.choose': '客户工作区',
  'audit.action.workspace.create': '创建工作区',
};
