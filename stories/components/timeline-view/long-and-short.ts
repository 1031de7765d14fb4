/**
 * A profile of very long and very short entries, for the story "Long and short labels" and the tests that check
 * that no timeline label is cut short (issue 15): titles of a dozen words and of one very long word, a degree of
 * thirteen years beside one-month visits, short courses back to back, a cluster of talks, entries at both ends of
 * the axis, and a title in Japanese.
 */
import type { Profile } from '../../../src/model/types.js';

export const longAndShort: Profile = {
  basics: { name: 'Ada Example' },
  work: [
    {
      position: 'Visiting Research Scientist in the Interdisciplinary Programme for Computational Neuroscience and Large-Scale Machine Learning Systems',
      organization: 'Institute for Advanced Study of Very Long Organisation Names',
      startDate: '2019-09',
      ongoing: true,
    },
    { position: 'Intern', organization: 'Short Co.', startDate: '2012-06', endDate: '2012-07' },
    { position: 'Visiting student', organization: 'Lab A', startDate: '2012-08', endDate: '2012-09' },
    { position: 'Research Assistant', organization: 'University of Somewhere', startDate: '2010-01', endDate: '2019-08' },
    { position: 'Pneumonoultramicroscopicsilicovolcanoconiosis Fellow', organization: 'Society of Long Words', startDate: '2014-03', endDate: '2014-05' },
    { position: 'CTO', organization: 'Startup', startDate: '2024-11', endDate: '2025-01' },
    { position: '客員研究員（計算神経科学と大規模機械学習システムの学際プログラム）', organization: '東京の研究所', startDate: '2016-04', endDate: '2017-03' },
  ],
  education: [
    { institution: 'University of Somewhere', degree: 'Doctor of Philosophy (Ph.D.)', field: 'Computer Science and Applied Mathematics', startDate: '2006-09', endDate: '2019-06' },
    { institution: 'Summer School', degree: 'Certificate', startDate: '2008-07', endDate: '2008-08' },
  ],
  teaching: [
    { courseCode: 'CS 101', title: 'TA', institution: 'University of Somewhere', startDate: '2011-01', endDate: '2011-02' },
    { courseCode: 'CS 102', title: 'Introduction to Programming', institution: 'University of Somewhere', startDate: '2011-03', endDate: '2011-05' },
    {
      courseCode: 'CS 201',
      title: 'Data Structures and Algorithms for Engineers Who Never Took Discrete Mathematics',
      institution: 'University of Somewhere',
      startDate: '2011-06',
      endDate: '2011-08',
    },
  ],
  talks: [
    { title: 'Keynote', date: '2018-03' },
    { title: 'On the surprisingly long titles of invited talks at workshops', date: '2018-04' },
    { title: 'Panel', date: '2018-05' },
    { title: 'Q&A', date: '2024-12' },
  ],
};
