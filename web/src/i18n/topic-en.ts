/** English strings of the topic landscape map view; spread into en.ts. */
export const topicEn = {
  'view.topic-map': 'Topic landscape',
  'navLabel.topic-map': 'Topics',

  'topic.computing': 'Computing the topic map of this scope… {seconds} s so far (it is kept once done).',
  'topic.failed': 'The topic map could not be computed. Try again.',
  'topic.chartLabel': 'Topic landscape: density contours of families by text similarity, with labelled peaks',
  'topic.summary':
    '{families} families in scope; {clustered} placed by their text in {clusters} topic clusters, {peaks} peaks. {unclustered} without usable text are not placed.',
  'topic.legend':
    'Contours: how densely families sit (similar text sits together). Grey dots: families ({shown} of {total} shown). Click a peak to list its families.',
  'topic.method':
    'How: TF-IDF of title, abstract and claim 1 ({vocabulary} terms; Chinese segmented, English stemmed), spherical k-means ({clusters} clusters, seed {seed}, {iterations} iterations), clusters placed by classical MDS, density by Gaussian kernel on a {grid} × {grid} grid. Same data and parameters, same map.',
  'topic.overlay': 'Overlay an applicant',
  'topic.overlayClear': 'Remove overlay',
  'topic.overlayCount': '{name}: {families} families (red dots)',
  'topic.peakTitle': 'Topic peak: {terms}',
  'topic.peak.families': 'Families on this peak',
  'topic.peak.height': 'Height (share of the highest peak)',
  'topic.peak.cluster': 'Dominant topic cluster (families)',
  'topic.peak.terms': 'Top terms of the cluster (TF-IDF weight in its centroid)',
  'topic.peak.list': 'Families, most typical of the topic first',
  'topic.peak.similarity': 'similarity {value}',
  'topic.peak.more': 'Show {count} more',
  'topic.peak.shown': '{shown} of {total} shown',
};
