import { KIND_STYLES } from '@web/src/graph/kind-style';
import { describe, expect, it } from 'vitest';
import { MEMBER_SIZE, TEAM_CENTRE_ID, teamElements } from './team-elements';

const team = {
  size: 2,
  members: [
    { key: 'xu peng', name: '徐鹏', families: 24 },
    { key: 'zhu qiang', name: '朱强', families: 6 },
  ],
  sharedFamilies: 9,
  mainApplicant: { key: 'qh', name: '启衡动力电池(江苏)有限公司', families: 7 },
};

describe('team network elements', () => {
  it('puts the members around the main applicant, sized by families', () => {
    const elements = teamElements(team, 'Team 1');
    expect(elements.map((e) => [e.group, e.data.id, e.data.label])).toEqual([
      ['nodes', TEAM_CENTRE_ID, '启衡动力电池(江苏)有限公司'],
      ['nodes', 'inventor:xu peng', '徐鹏 · 24'],
      ['edges', 'e:inventor:xu peng', undefined],
      ['nodes', 'inventor:zhu qiang', '朱强 · 6'],
      ['edges', 'e:inventor:zhu qiang', undefined],
    ]);
    expect(elements[1]!.data).toMatchObject({ size: MEMBER_SIZE.max, color: KIND_STYLES.inventor.color });
    expect(elements[3]!.data.size).toBe(30);
  });

  it('labels the centre with the team name when there is no main applicant', () => {
    expect(teamElements({ ...team, mainApplicant: null }, 'Team 1')[0]!.data.label).toBe('Team 1');
  });
});
