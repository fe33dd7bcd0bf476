import type { MapData } from '@graph-schema/dto/map';
import { describe, expect, it } from 'vitest';
import { classLabel, MAP_TITLE_CHARS, shortTitle, withClassLabels } from './class-label';
import { nodeTooltipLines } from './tooltip';

const H01M =
  'PROCESSES OR MEANS, e.g. BATTERIES, FOR THE DIRECT CONVERSION OF CHEMICAL ENERGY INTO ELECTRICAL ENERGY';

describe('classLabel', () => {
  it('puts the title after the code, cut at a word boundary', () => {
    expect(classLabel('H01M', 'Electrodes')).toBe('H01M — Electrodes');
    expect(classLabel('H01M', H01M)).toBe(
      'H01M — PROCESSES OR MEANS, e.g. BATTERIES, FOR THE DIRECT CONVERSION OF CHEMICAL ENERGY INTO…',
    );
    expect(classLabel('H01M', H01M, 28)).toBe('H01M — PROCESSES OR MEANS, e.g.…');
    expect(classLabel('H01M', null)).toBe('H01M');
    expect(classLabel('H01M', undefined)).toBe('H01M');
  });

  it('shortTitle keeps short titles and cuts long ones to the limit', () => {
    expect(shortTitle('Electrodes', 28)).toBe('Electrodes');
    const cut = shortTitle(H01M, 40);
    expect(cut).toBe('PROCESSES OR MEANS, e.g. BATTERIES…');
    expect(cut.length).toBeLessThanOrEqual(40);
  });
});

describe('withClassLabels', () => {
  const map: MapData = {
    nodes: [
      { id: 'a:x', kind: 'applicant', label: 'ACME', weight: 3, details: { title: 'not a class' } },
      { id: 'c:H01M', kind: 'cpc', label: 'H01M', weight: 3, details: { title: H01M } },
      { id: 'c:Q99Z', kind: 'cpc', label: 'Q99Z', weight: 1, details: { title: null } },
    ],
    edges: [],
    measure: { code: 'map.measure.applicantCpc', params: {}, text: '' },
    truncated: false,
  } as MapData;

  it('labels class nodes "code — short title" and leaves the others', () => {
    const labels = withClassLabels(map).nodes.map((node) => node.label);
    expect(labels).toEqual(['ACME', `H01M — ${shortTitle(H01M, MAP_TITLE_CHARS)}`, 'Q99Z']);
  });
});

describe('map tooltip', () => {
  it('gives a class node its whole title under the label', () => {
    const lines = nodeTooltipLines(
      { id: 'c:H01M', label: 'H01M — PROCESSES OR MEANS, e.g…', kind: 'cpc', weight: 7, title: H01M },
      'en',
    );
    expect(lines).toEqual(['H01M — PROCESSES OR MEANS, e.g…', H01M, 'CPC subclass', 'Node size: 7']);
  });
});
