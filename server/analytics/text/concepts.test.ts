import { describe, expect, it } from 'vitest';
import { conceptMatcher } from './concepts';

const matcher = conceptMatcher([
  { id: 'uav', zh: ['无人机', '无人飞行器'], en: ['drone*', 'UAV*', 'unmanned aerial vehicle*'] },
  {
    id: 'collision-avoidance',
    zh: ['避障', '防撞'],
    en: ['collision avoidance', 'obstacle avoidance', 'anti-collision'],
  },
  { id: 'battery', zh: ['电池'], en: ['batter*'] },
]);

describe('concept matcher', () => {
  it('finds Chinese terms as substrings, whatever the segmentation around them', () => {
    expect(matcher.find('一种无人机避障系统')).toEqual([
      { concept: 'uav', term: '无人机', terms: ['无人机'] },
      { concept: 'collision-avoidance', term: '避障', terms: ['避障'] },
    ]);
  });

  it('finds English terms as whole stemmed words; a trailing * takes any ending', () => {
    expect(matcher.find('Obstacle avoidance for Unmanned Aerial Vehicles and their batteries')).toEqual([
      { concept: 'uav', term: 'unmanned aerial vehicle*', terms: ['unmanned aerial vehicle*'] },
      { concept: 'collision-avoidance', term: 'obstacle avoidance', terms: ['obstacle avoidance'] },
      { concept: 'battery', term: 'batter*', terms: ['batter*'] },
    ]);
    expect(matcher.find('two UAVs and a drone')).toEqual([
      { concept: 'uav', term: 'drone*', terms: ['drone*', 'UAV*'] },
    ]);
  });

  it('does not match part of a word, nor words that are not in a row', () => {
    expect(matcher.find('a dromedary; collision detection or avoidance; unmanned vehicle')).toEqual([]);
    expect(matcher.find('quadrone')).toEqual([]);
  });

  it('gives the group of a concept id', () => {
    expect(matcher.group('battery')?.en).toEqual(['batter*']);
    expect(matcher.group('none')).toBeUndefined();
  });
});
