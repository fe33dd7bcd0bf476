/**
 * One co-inventor team → Cytoscape elements: the members around the team's main applicant. Pure.
 * The API gives team membership (a connected component of the co-inventor graph), not the pairwise
 * links, so the edges mean "member of this team", drawn to the applicant on most of its shared families.
 */

import type { InventorsResponse } from '@graph-schema/dto/landscape-actors';
import { KIND_STYLES } from '@web/src/graph/kind-style';
import { scaleBySqrt } from '@web/src/graph/to-elements';
import type { ElementDefinition } from 'cytoscape';

export type Team = InventorsResponse['teams'][number];

export const MEMBER_SIZE = { min: 16, max: 44 } as const;
const CENTRE_SIZE = 46;
export const TEAM_CENTRE_ID = 'team-centre';

export function teamElements(team: Team, centreLabel: string): ElementDefinition[] {
  const maxFamilies = Math.max(0, ...team.members.map((m) => m.families));
  const centre: ElementDefinition = {
    group: 'nodes',
    data: {
      id: TEAM_CENTRE_ID,
      kind: 'applicant',
      label: team.mainApplicant?.name ?? centreLabel,
      weight: team.sharedFamilies,
      size: CENTRE_SIZE,
      ...KIND_STYLES.applicant,
    },
  };
  const members = team.members.flatMap((member): ElementDefinition[] => {
    const id = `inventor:${member.key}`;
    return [
      {
        group: 'nodes',
        data: {
          id,
          kind: 'inventor',
          label: `${member.name} · ${member.families}`,
          weight: member.families,
          size: scaleBySqrt(member.families, maxFamilies, MEMBER_SIZE),
          ...KIND_STYLES.inventor,
        },
      },
      {
        group: 'edges',
        data: { id: `e:${id}`, source: TEAM_CENTRE_ID, target: id, width: 1.5, opacity: 0.5 },
      },
    ];
  });
  return [centre, ...members];
}
